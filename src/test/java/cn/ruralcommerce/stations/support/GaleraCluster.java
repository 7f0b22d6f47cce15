package cn.ruralcommerce.stations.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The three-node Galera cluster of {@code .ci/galera.sh} (TEST_GALERA_URL, e.g. as printed by
 * {@code .ci/galera.sh url}): JDBC URLs that prefer one node and fail over to the others, and SIGKILL and
 * restart of a node through the script. Without TEST_GALERA_URL the test is skipped, unless
 * REQUIRE_GALERA_TESTS=true, when it fails.
 */
public final class GaleraCluster {
    private final List<String> hosts;
    private final Path script;

    private GaleraCluster(List<String> hosts, Path script) {
        this.hosts = hosts;
        this.script = script;
    }

    public static GaleraCluster fromEnvironment() {
        String url = env("TEST_GALERA_URL");
        if (url == null) {
            String why = "no Galera cluster: start one with .ci/galera.sh start and set TEST_GALERA_URL=$(.ci/galera.sh url)";
            if ("true".equals(env("REQUIRE_GALERA_TESTS"))) {
                throw new IllegalStateException("REQUIRE_GALERA_TESTS=true but " + why);
            }
            Assumptions.abort(why);
        }
        String rest = url.substring("jdbc:mysql://".length());
        int slash = rest.indexOf('/');
        List<String> hosts = List.of((slash < 0 ? rest : rest.substring(0, slash)).split(","));
        String script = env("TEST_GALERA_SCRIPT") == null ? ".ci/galera.sh" : env("TEST_GALERA_SCRIPT");
        return new GaleraCluster(hosts, Path.of(script).toAbsolutePath());
    }

    public int size() {
        return hosts.size();
    }

    /**
     * The service's URL for {@code database}: node {@code preferred} (1-based) first, then the others; a
     * connection on another node may write (failOverReadOnly=false), and every read waits until the node has
     * applied what the cluster committed before it (wsrep_sync_wait=1: read-your-writes across nodes).
     */
    public String url(String database, int preferred) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            order.add(hosts.get((preferred - 1 + i) % hosts.size()));
        }
        return MySqlTestDatabase.withSchema("jdbc:mysql://" + String.join(",", order) + "/", database)
                + "&failOverReadOnly=false&connectTimeout=2000&sessionVariables=wsrep_sync_wait=1";
    }

    /** A direct connection to node {@code n} (1-based), no failover. */
    public Connection connect(int n) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + hosts.get(n - 1) + "/?connectTimeout=2000&useSSL=false"
                + "&allowPublicKeyRetrieval=true&sessionVariables=wsrep_sync_wait=1", "root", "");
    }

    public void createDatabase(String name) {
        sql(1, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }

    public void dropDatabase(String name) {
        sql(1, "DROP DATABASE IF EXISTS " + name);
    }

    private void sql(int node, String statement) {
        try (Connection c = connect(node); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " failed on node " + node, e);
        }
    }

    /** SIGKILL of node {@code n}: a crash, no flush. */
    public void kill(int n) {
        run("kill", n);
    }

    /** Starts node {@code n} again and returns once it is Synced (it rejoins by IST, or SST when IST cannot serve). */
    public void restart(int n) {
        run("restart", n);
    }

    /** How node {@code n} last rejoined, from its error log: "IST", "SST" or "?". */
    public String lastStateTransfer(int n) {
        Path log = Path.of(env("GALERA_DIR") == null ? "/tmp/stations-galera" : env("GALERA_DIR"), "node" + n, "error.log");
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("IST received")) {
                    return "IST";
                }
                if (lines.get(i).contains("SST received") || lines.get(i).contains("SST succeeded")) {
                    return "SST";
                }
            }
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        }
        return "?";
    }

    private void run(String command, int n) {
        try {
            Process p = new ProcessBuilder(script.toString(), command, Integer.toString(n)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(script + " " + command + " " + n + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command + " " + n, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name) : value;
    }
}
