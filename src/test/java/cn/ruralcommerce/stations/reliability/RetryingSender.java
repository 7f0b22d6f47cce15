package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.reliability.SalesPlan.Sale;
import cn.ruralcommerce.stations.reliability.SalesPlan.Unit;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A client that keeps a sale until it is stored: a 503, a refused or broken connection or a timeout
 * means "send the same request again with the same keys after a short backoff", without limit until the
 * deadline. It records every id the service returned per key, the 503s and anything unexpected.
 * With several instances (behind a load balancer, say) each request goes to one of them and each retry to
 * the next; a 401 from an instance that was restarted (a new process signs tokens anew) means "log in there again".
 */
final class RetryingSender {
    /** One service instance: its client and a way to log in there. */
    record Instance(ApiClient api, java.util.function.Supplier<String> login) {
    }

    private final List<Instance> instances;
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> tokens;
    private final long deadlineNanos;
    final LongAdder relogins = new LongAdder();
    final Map<String, Long> idByKey = new ConcurrentHashMap<>();
    final Queue<String> anomalies = new ConcurrentLinkedQueue<>();
    final LongAdder unavailable = new LongAdder();
    final LongAdder connectionErrors = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder created = new LongAdder();
    final LongAdder replayed = new LongAdder();
    final AtomicLong slowest503Nanos = new AtomicLong();
    final AtomicLong lastFailureNanos = new AtomicLong();
    final AtomicLong firstSuccessAfterNanos = new AtomicLong();
    private volatile long watchFrom = Long.MAX_VALUE;

    RetryingSender(ApiClient api, String token, long deadlineNanos) {
        this(List.of(new Instance(api, () -> token)), deadlineNanos);
    }

    RetryingSender(List<Instance> instances, long deadlineNanos) {
        this.instances = List.copyOf(instances);
        this.tokens = new java.util.concurrent.atomic.AtomicReferenceArray<>(instances.size());
        this.deadlineNanos = deadlineNanos;
    }

    private String token(int instance) {
        String token = tokens.get(instance);
        if (token == null) {
            token = instances.get(instance).login().get();
            tokens.set(instance, token);
        }
        return token;
    }

    /** From now on, remember when the first request succeeds (the database has just come back). */
    void watchRecoveryFrom(long nanos) {
        watchFrom = nanos;
    }

    void send(Unit unit) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            if (System.nanoTime() > deadlineNanos) {
                anomalies.add("deadline passed with " + unit.sales().size() + " sales unsent, first " + unit.sales().get(0).key());
                return;
            }
            long start = System.nanoTime();
            int target = Math.floorMod(unit.sales().get(0).key().hashCode() + attempt, instances.size());
            try {
                HttpResponse<String> response = instances.get(target).api().raw(request(unit), token(target));
                int status = response.getStatus().getCode();
                if (status == 401 && instances.size() > 1) {
                    relogins.increment();
                    tokens.set(target, null);
                } else if (status == 503) {
                    unavailable.increment();
                    slowest503Nanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    checkUnavailable(response);
                } else {
                    accept(unit, status, response.body());
                    return;
                }
            } catch (ReadTimeoutException e) {
                timeouts.increment();
            } catch (HttpClientException e) {
                connectionErrors.increment();
            }
            lastFailureNanos.set(System.nanoTime());
            Thread.sleep(Math.min(1_000, 50L * attempt));
        }
    }

    /** Sends every unit of the plan from {@code threads} client threads and returns when each is stored or given up. */
    void sendAll(SalesPlan plan, int threads) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < plan.queue.size(); i = next.getAndIncrement()) {
                    send(plan.queue.get(i));
                }
                return null;
            }));
        }
        try {
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    private static MutableHttpRequest<?> request(Unit unit) {
        if (unit.single()) {
            Sale sale = unit.sales().get(0);
            return HttpRequest.POST("/api/sales", sale.body()).header("Idempotency-Key", sale.key());
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        unit.sales().forEach(s -> entries.add(SalesFixture.with(s.body(), "idempotencyKey", s.key())));
        return HttpRequest.POST("/api/sales/batch", Map.of("entries", entries));
    }

    private void accept(Unit unit, int status, String body) {
        long now = System.nanoTime();
        if (now > watchFrom) {
            firstSuccessAfterNanos.compareAndSet(0, now);
        }
        if (unit.single() && (status == 201 || status == 200)) {
            record(unit.sales().get(0).key(), status == 201 ? "CREATED" : "REPLAYED", ApiClient.read(body, Map.class).get("id"), "a single POST");
        } else if (!unit.single() && status == 200) {
            List<?> results = ApiClient.read(body, List.class);
            for (int i = 0; i < results.size(); i++) {
                Map<?, ?> result = (Map<?, ?>) results.get(i);
                record(unit.sales().get(i).key(), String.valueOf(result.get("status")), result.get("id"), "entry " + i + " of a batch of " + results.size());
            }
        } else {
            anomalies.add("status " + status + " for " + unit.sales().get(0).key() + ": " + body);
        }
    }

    /** What each key was answered, in order: the outcome, the id and the kind of request (for the anomaly report). */
    final Map<String, Queue<String>> answersByKey = new ConcurrentHashMap<>();

    private void record(String key, String outcome, Object id, String via) {
        answersByKey.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>())
                .add(outcome + " " + id + " (" + via + ", " + (System.nanoTime() > watchFrom ? "after" : "before") + " the restart)");
        if (!"CREATED".equals(outcome) && !"REPLAYED".equals(outcome)) {
            anomalies.add(key + " was " + outcome);
            return;
        }
        (outcome.equals("CREATED") ? created : replayed).increment();
        long stored = ((Number) id).longValue();
        Long earlier = idByKey.putIfAbsent(key, stored);
        if (earlier != null && earlier != stored) {
            anomalies.add(key + " answered with two ids: " + answersByKey.get(key));
        }
    }


    /** A 503 must be problem+json saying the database is unavailable, with Retry-After and no internals. */
    private void checkUnavailable(HttpResponse<String> response) {
        String body = response.body();
        boolean ok = response.getHeaders().get("Retry-After") != null
                && response.getContentType().map(t -> t.toString().startsWith("application/problem+json")).orElse(false)
                && body != null && body.contains("数据库暂不可用") && !body.contains("SQL") && !body.contains("Exception")
                && !body.contains("jdbc");
        if (!ok) {
            anomalies.add("bad 503: " + response.getHeaders().asMap() + " " + body);
        }
    }
}
