package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RunningService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county archive round trip on a database engine chosen by the subclass: a varied county built on
 * instance A is archived, restored into an empty instance B with its own database, archived again and
 * compared file by file; statistics and coverage answer the same on A and B; restoring twice changes
 * nothing; corrupted archives are refused with a 400 and leave the target untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CountyArchiveContract {
    static final String COUNTY = CountyArchiveFixture.COUNTY;
    private static final String ARCHIVE = "/api/counties/" + COUNTY + "/archive";

    private final List<RunningService> instances = new java.util.ArrayList<>();
    private RunningService a;
    private RunningService b;
    private byte[] archiveOfA;

    /** Datasource properties of a new, empty database. */
    protected abstract Map<String, Object> newDatabase();

    @BeforeAll
    void start() {
        a = startInstance();
        b = startInstance();
        CountyArchiveFixture.build(a.api(), a.admin());
        archiveOfA = export(a);
    }

    @AfterAll
    void stop() {
        instances.forEach(RunningService::close);
    }

    RunningService startInstance() {
        RunningService instance = RunningService.start(newDatabase());
        instances.add(instance);
        return instance;
    }

    @Test
    void archiveRestoredIntoAnotherDatabaseExportsByteIdenticalFiles() {
        assertEquals(HttpStatus.OK, restore(b, archiveOfA, COUNTY).getStatus());
        Map<String, byte[]> first = ArchiveFiles.unzip(archiveOfA);
        Map<String, byte[]> second = ArchiveFiles.unzip(export(b));
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            if (name.equals(ArchiveManifest.NAME)) {
                assertEquals(ArchiveFiles.manifestWithoutTime(first.get(name)), ArchiveFiles.manifestWithoutTime(second.get(name)));
            } else {
                assertArrayEquals(first.get(name), second.get(name), name + " differs after the round trip");
            }
        }
        Map<?, ?> manifest = ArchiveFiles.manifest(archiveOfA);
        assertTrue(ArchiveFiles.rows(manifest, "sale_entries.csv") >= 6, "the fixture's sales and reversals are archived");
        assertTrue(ArchiveFiles.rows(manifest, "station_status_history.csv") >= 7, "every station's history is archived");
    }

    @Test
    void statisticsAndCoverageAnswerTheSameAfterRestore() throws InterruptedException {
        restore(b, archiveOfA, COUNTY);
        String period = "&from=2024-01-01&to=2024-12-31";
        for (String groupBy : List.of("county", "township", "village", "category", "large-category", "month")) {
            String uri = "/api/stats/sales?region=" + COUNTY + period + "&groupBy=" + groupBy;
            assertEquals(get(a, uri), get(b, uri), uri);
        }
        for (String uri : List.of("/api/stats/sales?region=" + COUNTY + period + "&povertyOnly=true",
                "/api/stats/sales/poverty-villages?region=" + COUNTY + period,
                "/api/stats/sales/balance?region=" + COUNTY + period)) {
            assertEquals(get(a, uri), get(b, uri), uri);
        }
        for (String uri : List.of("/api/coverage?region=" + COUNTY, "/api/coverage?region=" + COUNTY + "&asOf=2024-06-15",
                "/api/coverage?region=" + COUNTY + "&effectiveDays=90&asOf=2024-07-01")) {
            assertEquals(get(a, uri), eventually(b, uri, get(a, uri)), uri);
        }
        assertTrue(get(a, "/api/coverage?region=" + COUNTY).contains("\"coveredVillages\":"), "coverage answered");
    }

    @Test
    void restoringTheSameArchiveTwiceChangesNothing() {
        restore(b, archiveOfA, COUNTY);
        byte[] before = export(b);
        HttpResponse<Map> again = restore(b, archiveOfA, COUNTY);
        assertEquals(HttpStatus.OK, again.getStatus());
        List<?> files = (List<?>) again.body().get("files");
        assertEquals(ArchiveTables.ALL.size(), files.size());
        for (Object file : files) {
            Map<?, ?> result = (Map<?, ?>) file;
            assertEquals(0, ((Number) result.get("inserted")).intValue(), result.toString());
            assertEquals(result.get("rows"), result.get("unchanged"), result.toString());
        }
        assertEquals(ArchiveFiles.withoutManifest(before), ArchiveFiles.withoutManifest(export(b)));
    }

    @Test
    void afterRestoreKeysStayIdempotentAndNewWritesGetFreshIds() {
        RunningService d = startInstance();
        assertEquals(HttpStatus.OK, restore(d, archiveOfA, COUNTY).getStatus());
        HttpResponse<Map> replay = d.api().exchange(HttpRequest.POST("/api/sales", CountyArchiveFixture.downSale())
                .header("Idempotency-Key", "arc-key-2"), d.admin(), Map.class);
        assertEquals(HttpStatus.OK, replay.getStatus(), "a sale resent with a restored key is answered, not stored again");
        HttpResponse<Map> fresh = d.api().exchange(HttpRequest.POST("/api/sales", CountyArchiveFixture.downSale())
                .header("Idempotency-Key", "after-restore-1"), d.admin(), Map.class);
        assertEquals(HttpStatus.CREATED, fresh.getStatus(), String.valueOf(fresh.body()));
        assertTrue(((Number) fresh.body().get("id")).longValue() > ((Number) replay.body().get("id")).longValue());
        HttpResponse<Map> history = d.api().exchange(HttpRequest.POST("/api/stations/ARC-PLANNED/status",
                Map.of("status", "ACTIVE", "reason", "after restore")), d.admin(), Map.class);
        assertTrue(history.getStatus().getCode() < 300, String.valueOf(history.body()));
    }

    @Test
    void corruptedArchivesAreRefusedAndWriteNothing() {
        RunningService c = startInstance();
        c.api().exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("ONLY-ON-C")), c.admin(), Map.class);
        Map<String, List<String>> before = ArchiveFiles.withoutManifest(export(c));
        Map<String, byte[]> files = ArchiveFiles.unzip(archiveOfA);

        Map<String, byte[]> badChecksum = new java.util.LinkedHashMap<>(files);
        badChecksum.put("stations.csv", ArchiveFiles.replace(files.get("stations.csv"), "ARC-PLANNED", "ARC-PLANNEX"));
        assertRefused(c, ArchiveFiles.zip(badChecksum), COUNTY, "stations.csv");
        assertRefused(c, archiveOfA, "500153", "manifest.json/countyCode");
        assertRefused(c, java.util.Arrays.copyOf(archiveOfA, archiveOfA.length / 2), COUNTY, "file");
        Map<String, byte[]> unknownVillage = ArchiveFiles.resealed(files, "stations.csv",
                ArchiveFiles.replace(files.get("stations.csv"), NetworkFixture.VILLAGE2, "500152113299"));
        assertRefused(c, ArchiveFiles.zip(unknownVillage), COUNTY, "stations.csv/region_code");
        Map<String, byte[]> foreignStation = ArchiveFiles.resealed(files, "station_last_sales.csv",
                ArchiveFiles.replace(files.get("station_last_sales.csv"), "ARC-ACTIVE", "ONLY-ON-C"));
        assertRefused(c, ArchiveFiles.zip(foreignStation), COUNTY, "station_last_sales.csv/station_code");
        // C's own station history row holds id 1: the conflict comes after stations.csv was inserted, which rolls back
        assertRefused(c, archiveOfA, COUNTY, "station_status_history.csv/id");

        assertEquals(before, ArchiveFiles.withoutManifest(export(c)), "nothing was written");
        assertEquals(0, ((Number) ApiClient.read(get(c, "/api/audit?entityType=" + ArchiveRestorer.AUDIT_ENTITY), Map.class)
                .get("total")).intValue(), "no restore was audited");
    }

    @Test
    void aStationWithoutItsStatusHistoryIsRefused() {
        Map<String, byte[]> files = ArchiveFiles.unzip(archiveOfA);
        String history = new String(files.get("station_status_history.csv"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = java.util.Arrays.stream(history.split("(?<=\\n)")).filter(l -> !l.contains(",ARC-ACTIVE,")).toList();
        int removed = history.split("(?<=\\n)").length - lines.size();
        assertTrue(removed > 0, "the archive has history rows of ARC-ACTIVE to cut");
        int rows = ArchiveFiles.rows(ArchiveFiles.manifest(archiveOfA), "station_status_history.csv") - removed;
        Map<String, byte[]> cut = ArchiveFiles.resealed(files, "station_status_history.csv",
                String.join("", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8), rows);
        RunningService c = startInstance();
        assertRefused(c, ArchiveFiles.zip(cut), COUNTY, "stations.csv/status");
        assertEquals(HttpStatus.NOT_FOUND, c.api().raw(HttpRequest.GET("/api/stations/ARC-ACTIVE"), c.admin()).getStatus(),
                "nothing restored");
    }

    @Test
    void restoreIsAudited() {
        restore(b, archiveOfA, COUNTY);
        Map<?, ?> audit = ApiClient.read(get(b, "/api/audit?entityType=" + ArchiveRestorer.AUDIT_ENTITY), Map.class);
        assertTrue(((Number) audit.get("total")).intValue() >= 1);
    }

    @Test
    void archiveOfAnUnknownCountyIsNotFound() {
        HttpResponse<String> response = a.api().raw(HttpRequest.GET("/api/counties/500199/archive"), a.admin());
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
    }

    private void assertRefused(RunningService target, byte[] archive, String county, String field) {
        HttpResponse<Map> response = restore(target, archive, county);
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), String.valueOf(response.body()));
        assertTrue(String.valueOf(response.body()).contains(field), "the problem names " + field + ": " + response.body());
    }

    static byte[] export(RunningService instance) {
        HttpResponse<byte[]> response = instance.client().toBlocking().exchange(HttpRequest.GET(ARCHIVE).bearerAuth(instance.admin()),
                byte[].class);
        assertEquals("application/zip", response.getContentType().map(MediaType::toString).orElse(""));
        return response.body();
    }

    static HttpResponse<Map> restore(RunningService instance, byte[] archive, String county) {
        MultipartBody body = MultipartBody.builder().addPart("file", "archive.zip", MediaType.APPLICATION_OCTET_STREAM_TYPE, archive).build();
        return instance.api().exchange(HttpRequest.POST("/api/counties/" + county + "/archive", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), instance.admin(), Map.class);
    }

    static String get(RunningService instance, String uri) {
        HttpResponse<String> response = instance.api().raw(HttpRequest.GET(uri), instance.admin());
        assertEquals(HttpStatus.OK, response.getStatus(), uri + ": " + response.body());
        return response.body();
    }

    /** The answer of B once its coverage index has caught up with the restore (at most 5 s). */
    private static String eventually(RunningService instance, String uri, String expected) throws InterruptedException {
        long start = System.nanoTime();
        String answer = get(instance, uri);
        while (!answer.equals(expected) && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(100);
            answer = get(instance, uri);
        }
        return answer;
    }
}
