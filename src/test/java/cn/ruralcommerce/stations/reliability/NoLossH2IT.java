package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import cn.ruralcommerce.stations.support.ServiceProcess;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No acknowledged sale lost on the embedded default (不丢): the service runs as its own process on the default
 * H2 file URL (nothing but the working directory chosen by the test), clients send sales from several threads,
 * the process is killed with SIGKILL mid-stream and started again on the same files, and the clients go on
 * (retrying with the same keys). Every sale answered 201/CREATED before the kill must be stored, under the id
 * it was answered with, exactly once. Tunable with -Dnoloss.h2.sales, -Dnoloss.h2.threads, -Dnoloss.h2.kills.
 */
class NoLossH2IT {
    private static final int SALES = Integer.getInteger("noloss.h2.sales", 3_000);
    private static final int THREADS = Integer.getInteger("noloss.h2.threads", 8);
    private static final int KILLS = Integer.getInteger("noloss.h2.kills", 1);
    private static final String PASSWORD = "H2Admin2026kill";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private volatile String token;

    @Test
    void everyAcknowledgedSaleSurvivesAKillOfTheService() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "noloss-h2", UUID.randomUUID().toString())).toAbsolutePath();
        try (ServiceProcess service = new ServiceProcess(dir, Map.of("DEMO_DATA", "false", "ADMIN_INITIAL_PASSWORD", PASSWORD,
                "JWT_SECRET", "noloss-h2-secret-0123456789abcdef0123456789"),
                Duration.ofSeconds(10))) {
            long bootStarted = System.nanoTime();
            service.start(STARTUP);
            long bootMillis = (System.nanoTime() - bootStarted) / 1_000_000;
            token = service.api().token("admin", PASSWORD);
            List<String> stations = network(service.api());
            List<String> categories = SalesPlan.smallCategories(service.api(), token, 8);
            SalesPlan plan = SalesPlan.generate(SALES, 0.5, 0.1, stations, categories,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 20261201L);
            RetryingSender sender = new RetryingSender(java.util.List.of(new RetryingSender.Instance(service.api(), () -> token)), System.nanoTime() + Duration.ofMinutes(8).toNanos());

            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < plan.queue.size(); i = next.getAndIncrement()) {
                        sender.send(plan.queue.get(i));
                    }
                    return null;
                }));
            }
            List<Map<String, Long>> acknowledgedAtKill = new ArrayList<>();
            List<Long> restartMillis = new ArrayList<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                int killAt = SALES * kill / (KILLS + 1);
                while (sender.idByKey.size() < killAt && done.stream().anyMatch(f -> !f.isDone())) {
                    Thread.sleep(5);
                }
                service.kill();
                acknowledgedAtKill.add(Map.copyOf(sender.idByKey));
                long restart = System.nanoTime();
                service.start(STARTUP);
                token = service.api().token("admin", PASSWORD);
                restartMillis.add((System.nanoTime() - restart) / 1_000_000);
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            service.stop();

            Ledger ledger;
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/stations")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY", "sa", "")) {
                ledger = new Ledger(connection);
            }
            Map<String, Long> acknowledged = acknowledgedAtKill.get(acknowledgedAtKill.size() - 1);
            long lostAtKill = acknowledgedAtKill.stream().mapToLong(ack -> ack.entrySet().stream()
                    .filter(e -> !e.getValue().equals(ledger.idByKey.get(e.getKey()))).count()).sum();
            System.out.printf("no-loss H2: %,d sales from %d threads in %,d ms, %d SIGKILL(s) with %s acknowledged;"
                            + " first start %,d ms, restarts %s ms; %,d CREATED, %,d REPLAYED; %,d connection errors, %,d timeouts,"
                            + " %,d stale-token 401s; acknowledged sales missing or under another id: %,d%n",
                    SALES, THREADS, elapsedMillis, KILLS, acknowledgedAtKill.stream().map(a -> String.format("%,d", a.size()))
                            .collect(Collectors.joining("/")), bootMillis, restartMillis, sender.created.sum(), sender.replayed.sum(),
                    sender.connectionErrors.sum(), sender.timeouts.sum(), sender.relogins.sum(), lostAtKill);

            assertEquals(0, lostAtKill, "sales answered CREATED before the kill are stored under the answered id");
            assertTrue(acknowledged.size() > 0 && acknowledged.size() < SALES, "the kill came mid-stream: " + acknowledged.size());
            assertTrue(sender.anomalies.isEmpty(), () -> sender.anomalies.size() + " anomalies, e.g. "
                    + sender.anomalies.stream().limit(10).toList());
            assertEquals(SALES, ledger.rows, "exactly one entry per sale");
            assertEquals(sender.idByKey, ledger.idByKey, "every id the service acknowledged is stored under its key");
            assertEquals(plan.amountFen(), ledger.amountFen);
            assertEquals(ledger.entriesByDay, ledger.summaryByDay, "the daily summary agrees with the entries");
        }
    }

    /** The sample divisions and boundaries through the API, and three village stations. */
    private List<String> network(ApiClient api) {
        upload(api, "/api/regions/import", "regions.csv", RegionFixture.tongnanSample());
        upload(api, "/api/regions/boundaries", "boundaries.geojson", NetworkFixture.BOUNDARIES);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String code = "H2K-" + i;
            HttpResponse<Map> created = api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(code)), token, Map.class);
            assertEquals(HttpStatus.CREATED, created.getStatus(), String.valueOf(created.body()));
            codes.add(code);
        }
        return codes;
    }

    private void upload(ApiClient api, String path, String name, String content) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE,
                content.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<Map> response = api.exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token, Map.class);
        assertEquals(HttpStatus.OK, response.getStatus(), path + ": " + response.body());
    }
}
