package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the shipped Chongqing divisions and county boundaries (gis-data/) and demo accounts into an
 * empty database, so a new install shows real data at once; 潼南区 (500152) is the demo county.
 */
@Singleton
public class DemoData {
    public static final String DEMO_COUNTY = "500152";
    public static final String ADMIN_PASSWORD = "Admin2026demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final RegionRepository regions;
    private final RegionImportService regionImport;
    private final BoundaryService boundaries;
    private final AccountBootstrap accounts;

    public DemoData(RegionRepository regions, RegionImportService regionImport, BoundaryService boundaries,
                    AccountBootstrap accounts) {
        this.regions = regions;
        this.regionImport = regionImport;
        this.boundaries = boundaries;
        this.accounts = accounts;
    }

    /** Loads everything when the database holds no divisions yet; returns whether it did. */
    public boolean loadIfEmpty() {
        if (regions.count() > 0) {
            return false;
        }
        long start = System.nanoTime();
        ImportReport divisions = regionImport.importFile(resource("gis-data/chongqing/regions.csv"),
                CoordinateSystem.CGCS2000, false, false, "demo", RegionImportService.CHINA_DIVISION_VINTAGE);
        ImportReport polygons = boundaries.importFeatures(resource("gis-data/chongqing/county-boundaries.geojson"), false, "demo");
        LOG.info("Demo data: {} divisions and {} county boundaries of Chongqing loaded in {} ms",
                divisions.created(), polygons.created(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Demo accounts with published passwords: only ever created together with the demo data. */
    public void createDemoAccounts() {
        createIfMissing("tongnan", "Tongnan2026", Role.BUREAU, DEMO_COUNTY, "潼南区商务委");
        createIfMissing("planner", "Planner2026", Role.PLANNER, null, "规划员");
        LOG.warn("Demo accounts: admin/{}, tongnan/Tongnan2026 (BUREAU 潼南区), planner/Planner2026", ADMIN_PASSWORD);
    }

    private void createIfMissing(String username, String password, Role role, String scope, String displayName) {
        if (!accounts.exists(username)) {
            accounts.create(username, password, role, scope, displayName);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
