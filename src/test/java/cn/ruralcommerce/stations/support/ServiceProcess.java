package cn.ruralcommerce.stations.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The service as a separate operating-system process, started like an installation ({@code java ... Application})
 * in a working directory of the test's own (its default embedded H2 file lives under {@code ./data/} there, and
 * each start logs to {@code service-N.log}); it can be killed with SIGKILL like a crashed instance and started
 * again on the same port and files.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Path workDir;
    private final int port;
    private final Map<String, String> environment;
    private final HttpClient client;
    private final ApiClient api;
    private volatile Process process;
    private int starts;

    public ServiceProcess(Path workDir, Map<String, String> environment, Duration readTimeout) {
        this.workDir = workDir;
        this.port = freePort();
        this.environment = environment;
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(readTimeout);
        try {
            this.client = HttpClient.create(new URL("http://127.0.0.1:" + port), configuration);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.api = new ApiClient(client.toBlocking());
    }

    public ApiClient api() {
        return api;
    }

    public Path workDir() {
        return workDir;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the process and waits until /health answers 200. */
    public void start(Duration timeout) {
        try {
            startAndWait(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the service", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startAndWait(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=UTC", "-cp", classpath(), "cn.ruralcommerce.stations.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service-" + ++starts + ".log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited with " + process.exitValue() + ", see " + workDir);
            }
            try {
                if (api.raw(HttpRequest.GET("/health"), null).getStatus().getCode() == 200) {
                    return;
                }
            } catch (HttpClientException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("service not up within " + timeout + ", see " + workDir);
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the database. */
    public void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("service survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM and wait: the database is closed cleanly. */
    public void stop() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            client.close();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's classpath without the test classes, whose resources (test profile, logging) are not the installation's. */
    private static String classpath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
