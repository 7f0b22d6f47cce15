package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample county of {@link NetworkFixture} in the test's database and an API client on the embedded server,
 * for tests that only need "the sample loaded, signed in as admin" (inject it instead of the four services).
 */
@Singleton
public class SampleCounty {
    public static final String ADMIN_PASSWORD = "TestAdmin2026";
    private final RegionRepository regions;
    private final RegionImportService importer;
    private final BoundaryService boundaries;
    private final HttpClient client;

    public SampleCounty(RegionRepository regions, RegionImportService importer, BoundaryService boundaries,
                        @Client("/") HttpClient client) {
        this.regions = regions;
        this.importer = importer;
        this.boundaries = boundaries;
        this.client = client;
    }

    /** Loads the sample (once per database) and returns a client for the embedded server. */
    public ApiClient api() {
        NetworkFixture.ensureRegions(regions, importer, boundaries);
        return new ApiClient(client.toBlocking());
    }

    public HttpClient client() {
        return client;
    }

    /** Adds a rural village to 柏梓镇 under any name (quoted for CSV here). */
    public void village(String code, String name, double lon, double lat) {
        String row = code + ",\"" + name.replace("\"", "\"\"") + "\",VILLAGE," + NetworkFixture.TOWNSHIP + "," + lon + "," + lat + ",900,1,1\n";
        importer.importFile((RegionFixture.HEADER + row).getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
    }

    /** Fails the setup of a test when a request it depends on was refused. */
    public static <T> T created(HttpResponse<T> response) {
        assertTrue(response.getStatus().getCode() < 300, "setup failed: " + response.getStatus() + " " + response.body());
        return response.body();
    }
}
