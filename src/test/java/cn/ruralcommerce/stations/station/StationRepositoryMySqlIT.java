package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.changelog.ChangeLogRepository;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.logistics.ChainCheckService;
import cn.ruralcommerce.stations.logistics.ChainReport;
import cn.ruralcommerce.stations.logistics.LogisticsImportService;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.web.PageView;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository contract on MySQL/MariaDB: migration V2, batch import, the activeOn anti-join, paging, change log. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationRepositoryMySqlIT implements TestPropertyProvider {
    @Inject
    RegionRepository regions;
    @Inject
    RegionImportService regionImport;
    @Inject
    BoundaryService boundaries;
    @Inject
    StationImportService stationImport;
    @Inject
    StationLifecycleService lifecycle;
    @Inject
    StationQueryService queries;
    @Inject
    LogisticsImportService nodeImport;
    @Inject
    ChainCheckService chains;
    @Inject
    ChangeLogRepository changeLog;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(MySqlTestDatabase.create());
        properties.put("app.demo-data", "false");
        return properties;
    }

    @Test
    void importsQueriesHistoryAndChainsOnMySql() {
        NetworkFixture.ensureRegions(regions, regionImport, boundaries);
        CurrentUser admin = new CurrentUser("admin", Role.ADMIN, null);
        long lastSeen = changeLog.lastId();
        ImportReport report = stationImport.importFile(StationImportIT.FILE.getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, admin);
        assertEquals(4, report.created());
        assertEquals(4, stationImport.importFile(StationImportIT.FILE.getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, admin).unchanged());
        assertEquals(4, changeLog.findByIdGreaterThan(lastSeen).size());
        lifecycle.changeStatus("V1", new StatusChangeRequest("SUSPENDED", LocalDate.of(2024, 3, 1), "test"), admin);
        lifecycle.changeStatus("V1", new StatusChangeRequest("ACTIVE", LocalDate.of(2024, 6, 1), "test"), admin);
        assertEquals(List.of("C1", "T1"), codes(queries.activeOn(LocalDate.of(2024, 4, 1), "500152", null)));
        assertEquals(List.of("C1", "T1", "V1"), codes(queries.activeOn(LocalDate.of(2024, 7, 1), "500152", null)));
        assertEquals(List.of("V1"), codes(queries.activeOn(LocalDate.of(2024, 7, 1), "500152113",
                Set.of(StationTier.VILLAGE_STATION, StationTier.COUNTY_CENTER))));
        PageView<Station> page = queries.search("500152", null, null, LocalDate.of(2024, 7, 1), 0, 2);
        assertEquals(3, page.total());
        assertEquals(List.of("C1", "T1"), codes(page.items()));
        assertEquals(1, queries.search("500152113", "VILLAGE_STATION", "PLANNED", null, 0, 10).total());
        assertEquals(6, changeLog.findByIdGreaterThan(lastSeen).size());

        nodeImport.importFile(cn.ruralcommerce.stations.logistics.LogisticsFixtures.FILE.getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, admin);
        ChainReport chain = chains.check("500152");
        assertTrue(chain.brokenChains().isEmpty());
        assertEquals(2, chain.chainLengths().get(0).villagePoints());
    }

    static List<String> codes(List<Station> stations) {
        return stations.stream().map(Station::code).toList();
    }
}
