package cn.ruralcommerce.stations.support;

import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service in a JVM of its own (the test's class path, main class {@code Application}) on a fixed port, so
 * that it can be killed with SIGKILL like a crashed instance and started again on the same port.
 */
public final class ServiceProcess implements AutoCloseable {
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient client;
    private final ApiClient api;
    private volatile Process process;

    public ServiceProcess(Map<String, String> environment, Path log, Duration readTimeout) {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.environment = environment;
        this.log = log;
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(readTimeout);
        try {
            this.client = HttpClient.create(new URL("http://127.0.0.1:" + port), configuration);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.api = new ApiClient(client.toBlocking());
    }

    public ApiClient api() {
        return api;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the process and returns once /health answers 200 (or fails after {@code patience}). */
    public void start(Duration patience) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "cn.ruralcommerce.stations.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the service", e);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                if (api.raw(io.micronaut.http.HttpRequest.GET("/health"), null).getStatus().getCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while it starts
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the service process did not become healthy; see " + log);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** SIGKILL: no shutdown hooks, in-flight requests and transactions cut off. */
    public void kill() {
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        client.close();
    }
}
