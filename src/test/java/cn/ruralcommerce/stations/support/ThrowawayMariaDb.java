package cn.ruralcommerce.stations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server process of the test's own (never the shared one): a fresh data directory under the
 * temp dir, a free port on 127.0.0.1 and a root account without password. It can be killed (SIGKILL)
 * or stopped and started again on the same data directory and port; {@link #close()} and a shutdown
 * hook remove the process and the directory even when the test fails.
 */
public final class ThrowawayMariaDb implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin");

    private final Path server;
    private final Path dir;
    private final int port;
    private final Thread cleanup = new Thread(this::destroy, "throwaway-mariadb-cleanup");
    private volatile Process process;

    private ThrowawayMariaDb(Path server, Path dir, int port) {
        this.server = server;
        this.dir = dir;
        this.port = port;
    }

    /** Installs a data directory and starts the server; skips (or fails under REQUIRE_MYSQL_TESTS) without MariaDB. */
    public static ThrowawayMariaDb start() {
        Optional<Path> server = binary("mariadbd");
        Optional<Path> installer = binary("mariadb-install-db");
        if (server.isEmpty() || installer.isEmpty()) {
            MySqlTestDatabase.requireOrSkip("mariadbd and mariadb-install-db are not installed");
        }
        ThrowawayMariaDb db;
        try {
            db = new ThrowawayMariaDb(server.get(), Files.createTempDirectory("mariadb-"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(db.cleanup);
        try {
            db.run(List.of(installer.get().toString(), "--no-defaults", "--datadir=" + db.dir.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name")),
                    "install.log");
            db.launch();
            return db;
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    /** JDBC URL of a database on this server, with the service's usual connection parameters. */
    public String url(String database) {
        return MySqlTestDatabase.withSchema(serverUrl(), database) + "&connectTimeout=2000";
    }

    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    public void createDatabase(String name) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl() + "?connectTimeout=2000", "root", "");
    }

    /** SIGKILL, as a crash or power cut would stop it: no flushing, no goodbye to clients. */
    public void kill() {
        Process p = process;
        p.destroyForcibly();
        await(p);
    }

    /** Clean shutdown (SIGTERM); the data directory stays for {@link #restart()}. */
    public void stop() {
        Process p = process;
        p.destroy();
        await(p);
    }

    /** Starts the server again on the same data directory and port (InnoDB recovers after a kill). */
    public void restart() {
        launch();
    }

    /** Clean shutdown (SIGTERM), then the data directory is removed. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private void destroy() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        deleteTree(dir);
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--socket=" + dir.resolve("sock"),
                "--bind-address=127.0.0.1", "--skip-name-resolve", "--innodb-buffer-pool-size=128M",
                "--max-connections=300", "--log-error=" + dir.resolve("error.log"), "--pid-file=" + dir.resolve("pid"),
                "--user=" + System.getProperty("user.name")));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + server, e);
        }
        awaitConnections();
    }

    /** Waits until the server answers a JDBC connection (the port alone opens before InnoDB recovery ends). */
    private void awaitConnections() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("MariaDB did not start on port " + port + ":\n" + errorLog());
                }
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while MariaDB starts", e);
                }
            }
        }
    }

    private void run(List<String> command, String log) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(log).toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(dir.resolve(log)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private String errorLog() {
        try {
            Path log = dir.resolve("error.log");
            return Files.exists(log) ? Files.readString(log) : "(no error log)";
        } catch (IOException e) {
            return "(error log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void await(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while MariaDB stops", e);
        }
    }

    private static Optional<Path> binary(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(SBIN);
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Paths.get(d, name)).filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
