package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * One service instance on a database of the test's choosing, started like a deployment (Flyway runs at
 * start-up), with the sample divisions loaded when the database lacks them and an admin token.
 */
public record RunningService(EmbeddedServer server, HttpClient client, ApiClient api, String admin) implements AutoCloseable {

    public static RunningService start(Map<String, ?> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        var ctx = server.getApplicationContext();
        NetworkFixture.ensureRegions(ctx.getBean(RegionRepository.class), ctx.getBean(RegionImportService.class),
                ctx.getBean(BoundaryService.class));
        HttpClient client = HttpClient.create(server.getURL());
        ApiClient api = new ApiClient(client.toBlocking());
        return new RunningService(server, client, api, api.token("admin", "TestAdmin2026"));
    }

    /** An in-memory H2 database in MySQL mode, new for each call. */
    public static Map<String, Object> newH2() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:it-" + java.util.UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "datasources.default.password", "");
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
