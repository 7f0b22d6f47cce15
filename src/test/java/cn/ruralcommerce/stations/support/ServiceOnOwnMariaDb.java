package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

import java.time.Duration;
import java.util.Map;

/**
 * The service ("test" profile) on a {@link ThrowawayMariaDb} of its own, with the sample divisions and
 * boundaries loaded, and an HTTP client with a read timeout; {@link #close()} stops all three.
 */
public final class ServiceOnOwnMariaDb implements AutoCloseable {
    public final ThrowawayMariaDb db;
    public final String database;
    private EmbeddedServer server;
    private HttpClient client;
    private ApiClient api;

    private ServiceOnOwnMariaDb(ThrowawayMariaDb db, String database) {
        this.db = db;
        this.database = database;
    }

    public static ServiceOnOwnMariaDb start(String database, Duration readTimeout) {
        ServiceOnOwnMariaDb service = new ServiceOnOwnMariaDb(ThrowawayMariaDb.start(), database);
        try {
            service.db.createDatabase(database);
            service.server = ApplicationContext.run(EmbeddedServer.class,
                    Map.copyOf(MySqlTestDatabase.datasource(service.db.url(database), "root", "")), "test");
            ApplicationContext context = service.server.getApplicationContext();
            NetworkFixture.ensureRegions(context.getBean(RegionRepository.class), context.getBean(RegionImportService.class),
                    context.getBean(BoundaryService.class));
            DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
            configuration.setReadTimeout(readTimeout);
            service.client = HttpClient.create(service.server.getURL(), configuration);
            service.api = new ApiClient(service.client.toBlocking());
            return service;
        } catch (RuntimeException | Error e) {
            service.close();
            throw e;
        }
    }

    public ApiClient api() {
        return api;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        try {
            if (client != null) {
                client.close();
            }
            if (server != null) {
                server.close();
            }
        } finally {
            db.close();
        }
    }
}
