package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.ThrowawayMariaDb;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * Kills the database (SIGKILL) once the clients have half of the sales acknowledged, probes the service
 * while it is down, starts the database again after {@code downFor} and measures how long the service
 * takes to serve again.
 */
final class OutageDrill implements Callable<OutageDrill.Figures> {
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** What was seen: the probes' answers while down, and the durations in milliseconds. */
    record Figures(Probe healthWhileDown, Probe readWhileDown, long downMillis, long restartMillis,
                   long firstSaleAfterRestartMillis, long healthUpAfterRestartMillis) {
    }

    /** A response (null after a client timeout) and its latency. */
    record Probe(HttpResponse<String> response, long millis) {
        int status() {
            return response == null ? 0 : response.getStatus().getCode();
        }

        String body() {
            return response == null ? "(no response)" : response.body();
        }
    }

    private final ThrowawayMariaDb db;
    private final RetryingSender sender;
    private final ApiClient api;
    private final String token;
    private final int trigger;
    private final Duration downFor;

    OutageDrill(ThrowawayMariaDb db, RetryingSender sender, ApiClient api, String token, int trigger, Duration downFor) {
        this.db = db;
        this.sender = sender;
        this.api = api;
        this.token = token;
        this.trigger = trigger;
        this.downFor = downFor;
    }

    @Override
    public Figures call() throws InterruptedException {
        await(() -> sender.idByKey.size() >= trigger, "half of the sales acknowledged");
        long killed = System.nanoTime();
        db.kill();
        long restarting;
        Probe health;
        Probe read;
        try {
            health = probe(HttpRequest.GET("/health"), null);
            read = probe(HttpRequest.GET("/api/stats/sales?region=500152"), token);
            await(() -> System.nanoTime() - killed >= downFor.toNanos() && sender.unavailable.sum() > 0, "the clients to meet a 503");
        } finally {
            restarting = System.nanoTime();
            db.restart();
        }
        long back = System.nanoTime();
        sender.watchRecoveryFrom(back);
        await(() -> probe(HttpRequest.GET("/health"), null).status() == 200, "health UP again");
        long healthUp = millis(back);
        await(() -> sender.firstSuccessAfterNanos.get() > 0, "a sale stored after the restart");
        return new Figures(health, read, (back - killed) / 1_000_000, (back - restarting) / 1_000_000,
                (sender.firstSuccessAfterNanos.get() - back) / 1_000_000, healthUp);
    }

    /** One request while the database is down: its answer and how long it took; status 0 when none came. */
    private Probe probe(MutableHttpRequest<?> request, String bearer) {
        long start = System.nanoTime();
        try {
            return new Probe(api.raw(request, bearer), millis(start));
        } catch (HttpClientException e) {
            return new Probe(null, millis(start));
        }
    }

    private static long millis(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1_000_000;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
