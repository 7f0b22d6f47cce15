package cn.ruralcommerce.stations.support;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh MySQL-compatible database per test class: on the server named by TEST_MYSQL_URL
 * (CI: the local MariaDB), else on a Testcontainers MySQL where Docker runs, else the test is
 * skipped — unless REQUIRE_MYSQL_TESTS=true, when a missing database fails the build.
 */
public final class MySqlTestDatabase {
    private static MySQLContainer<?> container;
    private static final java.util.List<String[]> CREATED = new java.util.ArrayList<>();

    private MySqlTestDatabase() {
    }

    /** Datasource properties of a newly created, empty database. */
    public static synchronized Map<String, String> create() {
        String url = env("TEST_MYSQL_URL");
        String user = env("TEST_MYSQL_USER") == null ? "root" : env("TEST_MYSQL_USER");
        String password = env("TEST_MYSQL_PASSWORD") == null ? "" : env("TEST_MYSQL_PASSWORD");
        if (url == null) {
            if (dockerAvailable()) {
                if (container == null) {
                    container = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
                    container.start();
                }
                url = container.getJdbcUrl();
                password = container.getPassword();
            } else {
                requireOrSkip("no MySQL/MariaDB: set TEST_MYSQL_URL or run Docker");
            }
        }
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String server = serverUrl(url);
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(MySqlTestDatabase::dropAll));
            }
            CREATED.add(new String[]{server, user, password, schema});
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + server, e);
        }
        return datasource(withSchema(server, schema), user, password);
    }

    /** The service's datasource properties for a MySQL/MariaDB URL. */
    public static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    /** Fails the build when REQUIRE_MYSQL_TESTS=true, otherwise skips the test: {@code why} is missing. */
    public static void requireOrSkip(String why) {
        if ("true".equals(env("REQUIRE_MYSQL_TESTS"))) {
            throw new IllegalStateException("REQUIRE_MYSQL_TESTS=true but " + why);
        }
        Assumptions.abort(why);
    }

    /** Drops the databases this JVM created, once the tests are over. */
    private static synchronized void dropAll() {
        for (String[] db : CREATED) {
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + db[3]);
            } catch (SQLException e) {
                System.err.println("could not drop test database " + db[3] + ": " + e.getMessage());
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** jdbc:mysql://host:port/db?params → jdbc:mysql://host:port/?params (no schema). */
    static String serverUrl(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?');
        String params = query < 0 ? "" : url.substring(query);
        return (slash < 0 ? url : url.substring(0, slash)) + "/" + params;
    }

    public static String withSchema(String server, String schema) {
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String params = query < 0 ? "" : server.substring(query + 1);
        String tuning = "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&allowPublicKeyRetrieval=true&useSSL=false";
        return base + schema + "?" + (params.isEmpty() ? tuning : params + "&" + tuning);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name) : value;
    }
}
