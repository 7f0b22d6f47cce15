package cn.ruralcommerce.stations.migration;

import cn.ruralcommerce.stations.archive.ArchiveFiles;
import cn.ruralcommerce.stations.archive.CountyArchiveFixture;
import cn.ruralcommerce.stations.support.RunningService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema migrations on an engine chosen by the subclass: (a) an empty database migrates to the latest
 * version, validates, and the service writes and reads every main table on it; (b) a database at the
 * previous release's version with rows written by plain SQL migrates to the latest and keeps them, and
 * the current features (status changes, the county archive) work on those rows.
 */
abstract class MigrationContract {
    static final String LOCATION = "classpath:db/migration";

    /** Datasource properties (datasources.default.url/username/password) of a new, empty database. */
    protected abstract Map<String, Object> newDatabase();

    @Test
    void emptyDatabaseMigratesToLatestValidatesAndServesEveryTable() throws SQLException {
        Map<String, Object> database = newDatabase();
        flyway(database, null).migrate();
        assertEquals(latestVersion(), flyway(database, null).info().current().getVersion());
        assertTrue(flyway(database, null).validateWithResult().validationSuccessful, "flyway validate passes");
        try (RunningService service = RunningService.start(database)) {
            CountyArchiveFixture.build(service.api(), service.admin());
        }
        try (Connection connection = connect(database)) {
            for (String table : new String[] {"region", "app_user", "refresh_token", "audit_log", "station", "station_status_change",
                    "logistics_node", "change_log", "product_category", "county_flagship", "poverty_certificate", "household",
                    "sale_entry", "sale_household", "sales_daily_summary", "station_last_sale"}) {
                assertTrue(count(connection, "SELECT COUNT(*) FROM " + table) > 0, table + " was written and read");
            }
        }
    }

    @Test
    void previousReleaseSchemaWithDataMigratesToLatestKeepingTheData() throws SQLException {
        Map<String, Object> database = newDatabase();
        String previous = previousRelease().getProperty("version");
        flyway(database, previous).migrate();
        assertEquals(MigrationVersion.fromVersion(previous), flyway(database, previous).info().current().getVersion());
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : seed().split(";\\s*\\n")) {
                if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                    statement.executeUpdate(sql.replaceAll("(?m)^--.*$", ""));
                }
            }
        }
        flyway(database, null).migrate();
        assertEquals(latestVersion(), flyway(database, null).info().current().getVersion());
        try (Connection connection = connect(database)) {
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM station WHERE code = 'SEED-1' AND name = '旧版站点, \"一号\"'"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM sale_entry WHERE idempotency_key = 'seed-key-1' AND amount_fen = 10000"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM household WHERE reference_no = 'SEED-H1'"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM audit_log WHERE entity_id = 'SEED-1'"));
            // V5: free-text channels become codes with the original kept; the summary is split by channel and unit
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM sale_entry WHERE idempotency_key = 'seed-key-1'"
                    + " AND channel = 'PLATFORM' AND channel_original = 'PINDUODUO'"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM sale_entry WHERE idempotency_key = 'seed-key-2'"
                    + " AND channel = 'OTHER' AND channel_original = '村口赶场'"));
            assertEquals(2, count(connection, "SELECT COUNT(*) FROM sales_daily_summary WHERE station_code = 'SEED-1'"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM sales_daily_summary WHERE channel = 'PLATFORM' AND unit = 'kg'"
                    + " AND amount_fen = 10000 AND quantity = 20.5 AND entries = 1"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM sales_daily_summary WHERE channel = 'OTHER' AND unit = '箱'"
                    + " AND amount_fen = 2500 AND quantity = 3 AND entries = 1"));
        }
        try (RunningService service = RunningService.start(database)) {
            Map<?, ?> station = service.api().exchange(HttpRequest.GET("/api/stations/SEED-1"), service.admin(), Map.class).body();
            assertEquals("旧版站点, \"一号\"", station.get("name"));
            HttpResponse<Map> suspended = service.api().exchange(HttpRequest.POST("/api/stations/SEED-1/status",
                    Map.of("status", "SUSPENDED", "effectiveOn", "2024-01-01", "reason", "升级后")), service.admin(), Map.class);
            assertTrue(suspended.getStatus().getCode() < 300, String.valueOf(suspended.body()));
            String sales = archiveFile(service, "sale_entries.csv");
            assertTrue(sales.contains("seed-key-1") && sales.contains("2023-05-02T03:04:05.678Z"), sales);
            assertTrue(sales.contains("村口赶场") && sales.contains("PINDUODUO"), "the original channel text travels in the archive: " + sales);
            assertTrue(archiveFile(service, "station_status_history.csv").contains("升级后"));
        }
    }

    static Flyway flyway(Map<String, Object> database, String target) {
        FluentConfiguration configuration = Flyway.configure().locations(LOCATION).dataSource(
                (String) database.get("datasources.default.url"), (String) database.get("datasources.default.username"),
                (String) database.get("datasources.default.password"));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** The highest V&lt;n&gt;__ migration on the classpath. */
    static MigrationVersion latestVersion() {
        return Arrays.stream(flyway(RunningService.newH2(), null).info().all())
                .map(info -> info.getVersion()).max(Comparator.naturalOrder()).orElseThrow();
    }

    static Properties previousRelease() {
        Properties properties = new Properties();
        try (InputStream in = MigrationContract.class.getResourceAsStream("/migration/previous-release.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String seed() {
        try (InputStream in = MigrationContract.class.getResourceAsStream("/migration/previous-release-seed.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection connect(Map<String, Object> database) throws SQLException {
        return DriverManager.getConnection((String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"), (String) database.get("datasources.default.password"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String archiveFile(RunningService service, String name) {
        byte[] zip = service.client().toBlocking().exchange(HttpRequest.GET("/api/counties/500152/archive")
                .bearerAuth(service.admin()), byte[].class).body();
        return new String(ArchiveFiles.unzip(zip).get(name), StandardCharsets.UTF_8);
    }
}
