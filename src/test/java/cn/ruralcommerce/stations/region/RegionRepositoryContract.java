package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.audit.AuditEntry;
import cn.ruralcommerce.stations.audit.AuditRepository;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.security.AppUser;
import cn.ruralcommerce.stations.security.AppUserRepository;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.RegionFixture;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repository behaviour that must hold on every supported database: run by an H2 and a MySQL/MariaDB subclass. */
abstract class RegionRepositoryContract {
    @Inject
    RegionRepository regions;
    @Inject
    RegionVersionRepository versions;
    @Inject
    RegionImportService importer;
    @Inject
    AppUserRepository users;
    @Inject
    AuditRepository audit;

    @BeforeEach
    void load() {
        versions.deleteAll();
        regions.deleteAll();
        importer.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
    }

    @Test
    void findsChildrenInCodeOrderAndByPrefixAndLevel() {
        assertEquals(List.of("500152113", "500152114"),
                regions.findByParentCodeOrderByCode("500152").stream().map(Region::code).toList());
        assertEquals(4, regions.findWithin("500152", RegionLevel.VILLAGE).size());
        assertEquals(2, regions.findByLevelOrderByCode(RegionLevel.COUNTY).size());
        assertEquals(3, regions.findByCodeIn(List.of("50", "5001", "500152", "999999")).size());
    }

    @Test
    void searchesChineseNamesAndCodePrefixes() {
        assertEquals(List.of("500152113202"), regions.search("石盘", 10).stream().map(Region::code).toList());
        List<Region> byPrefix = regions.search("500152113", 10);
        assertEquals("500152113", byPrefix.get(0).code());
        assertEquals(4, byPrefix.size());
    }

    @Test
    void searchesWithinACounty() {
        assertEquals(List.of("500152"), regions.searchWithin("500152", "潼南", 10).stream().map(Region::code).toList());
        assertEquals(List.of(), regions.searchWithin("500153", "潼南", 10));
        assertEquals(List.of("500152113", "500152113001"), regions.searchWithin("500152", "柏梓", 10).stream().map(Region::code).toList());
        assertEquals(List.of(), regions.searchWithin("500153", "柏梓", 10));
        assertEquals(List.of("500152113201"), regions.searchWithin("500152", "500152113201", 10).stream().map(Region::code).toList());
    }

    @Test
    void keepsNullableColumnsAndFlags() {
        Region village = regions.findById("500152113201").orElseThrow();
        assertEquals(1500, village.population());
        assertTrue(village.rural());
        assertTrue(village.formerPoverty());
        Region county = regions.findById("500152").orElseThrow();
        assertEquals(null, county.population());
        assertEquals(null, county.rural());
        assertEquals(105.84, county.lon(), 1e-9);
    }

    @Test
    void reimportIsUnchangedAndRenameWritesHistory() {
        ImportReport again = importer.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, "test");
        assertEquals(10, again.unchanged());
        importer.importFile((RegionFixture.HEADER + "500152114,宝龙镇新,TOWNSHIP,500152,105.80,30.10,,,\n").getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, "test");
        assertEquals("宝龙镇", versions.findByCodeOrderByValidFrom("500152114").get(0).name());
        assertEquals("宝龙镇新", regions.findById("500152114").orElseThrow().name());
    }

    @Test
    void storesInstantsInUtcToTheMillisecond() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String name = "u" + now.toEpochMilli();
        users.save(new AppUser(null, name, "$2a$10$x", Role.PLANNER, null, null, true, now, now, 0));
        assertEquals(now, users.findByUsername(name).orElseThrow().createdAt());
        AuditEntry saved = audit.save(new AuditEntry(null, now, name, "TEST", "REGION", "500152", "500152", null, "{}"));
        assertTrue(audit.findInCounty("500152", Pageable.from(0, 100)).getContent().stream().anyMatch(e -> e.id().equals(saved.id())));
        assertEquals(now, audit.findInCounty("500152", Pageable.from(0, 100)).getContent().stream()
                .filter(e -> e.id().equals(saved.id())).findFirst().orElseThrow().occurredAt());
    }
}
