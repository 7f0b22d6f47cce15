package cn.ruralcommerce.stations.loadtest;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Operators logging sales, open loop: single POSTs paced at a fixed rate across all operators (each
 * operator about once a second at 200/s), a share of them re-sent with the same key as a phone does
 * after a lost response, and offline batches of last week's sales from random operators. Every sale the
 * service reports CREATED is remembered with its amount, and every sale whose outcome the client could
 * not learn (an error or a lost response) as unknown, for the final comparison with the database.
 */
final class SaleTraffic {
    private static final int MAX_IN_FLIGHT = 2_000;

    private final LoadHttp http;
    private final LoadCounty county;
    private final LocalDate today;
    private final String runId;
    private final double resendShare;
    final Latencies singles = new Latencies("POST /api/sales (single)");
    final Latencies resends = new Latencies("POST /api/sales (same key again)");
    final Latencies batches = new Latencies("POST /api/sales/batch (20-100)");
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Long> created = new ConcurrentHashMap<>();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final AtomicLong batchEntries = new AtomicLong();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

    SaleTraffic(LoadHttp http, LoadCounty county, LocalDate today, String runId, double resendShare) {
        this.http = http;
        this.county = county;
        this.today = today;
        this.runId = runId;
        this.resendShare = resendShare;
    }

    /** Sends singles at {@code singlesPerSecond} and batches at {@code batchesPerSecond} until {@code endNanos}. */
    Thread[] start(double singlesPerSecond, double batchesPerSecond, long endNanos) {
        Thread single = new Thread(() -> pace(singlesPerSecond, endNanos, 1, this::sendSingle), "load-singles");
        Thread batch = new Thread(() -> pace(batchesPerSecond, endNanos, 2, this::sendBatch), "load-batches");
        single.start();
        batch.start();
        return new Thread[]{single, batch};
    }

    void recording(boolean on) {
        singles.recording(on);
        resends.recording(on);
        batches.recording(on);
    }

    /** Waits for every request still under way (bounded: each has a 30 s timeout). */
    void drain() throws InterruptedException {
        inFlight.acquire(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
    }

    /** Amount in fen of every sale the service answered CREATED, by idempotency key. */
    Map<String, Long> created() {
        return created;
    }

    /** Keys of sales that may or may not have been stored (the request failed or its answer was lost). */
    Set<String> unknown() {
        return unknown;
    }

    long batchEntries() {
        return batchEntries.get();
    }

    String keyPrefix() {
        return "lt-" + runId + "-";
    }

    private interface Send {
        void send(long dueNanos, Random random);
    }

    private void pace(double perSecond, long endNanos, long seed, Send send) {
        if (perSecond <= 0) {
            return;
        }
        Random random = new Random(seed);
        long period = (long) (1e9 / perSecond);
        long due = System.nanoTime();
        while (due < endNanos) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send.send(due, random);
            due += period;
        }
    }

    private void sendSingle(long due, Random random) {
        long n = sequence.incrementAndGet();
        LoadCounty.Operator operator = county.operators().get((int) (n % county.operators().size()));
        String key = keyPrefix() + n;
        Map<String, Object> sale = sale(operator, today, random);
        boolean resend = random.nextDouble() < resendShare;
        submit(due, singles, () -> http.post("/api/sales", operator.token(), sale, key), () -> unknown.add(key), response -> {
            if (response.statusCode() != 201) {
                unknown.add(key);
                return "single: " + response.statusCode() + " " + new String(response.body());
            }
            created.put(key, (Long) sale.get("amountFen"));
            if (resend) {
                long again = System.nanoTime();
                submit(again, resends, () -> http.post("/api/sales", operator.token(), sale, key), () -> { },
                        replay -> replay.statusCode() == 200 ? null : "resend: " + replay.statusCode() + " " + new String(replay.body()));
            }
            return null;
        });
    }

    private void sendBatch(long due, Random random) {
        LoadCounty.Operator operator = county.operators().get(random.nextInt(county.operators().size()));
        int size = 20 + random.nextInt(81);
        List<Map<String, Object>> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> sale = sale(operator, today.minusDays(random.nextInt(LoadCounty.BACKLOG_DAYS)), random);
            sale.put("idempotencyKey", keyPrefix() + sequence.incrementAndGet());
            entries.add(sale);
        }
        Runnable lost = () -> entries.forEach(e -> unknown.add((String) e.get("idempotencyKey")));
        submit(due, batches, () -> http.post("/api/sales/batch", operator.token(), Map.of("entries", entries), null), lost, response -> {
            if (response.statusCode() != 200) {
                lost.run();
                return "batch: " + response.statusCode() + " " + new String(response.body());
            }
            List<Map<String, Object>> results = http.readList(response.body());
            for (int i = 0; i < results.size(); i++) {
                Map<String, Object> entry = entries.get(i);
                if (!"CREATED".equals(results.get(i).get("status"))) {
                    unknown.add((String) entry.get("idempotencyKey"));
                    return "batch entry " + i + ": " + results.get(i);
                }
                created.put((String) entry.get("idempotencyKey"), (Long) entry.get("amountFen"));
            }
            batchEntries.addAndGet(results.size());
            return null;
        });
    }

    private interface Request {
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> send();
    }

    private interface Check {
        /** @return null when the response is as expected, else what went wrong */
        String problem(HttpResponse<byte[]> response);
    }

    /** Sends unless too many requests are in flight; {@code lost} runs when the answer never arrives. */
    private void submit(long start, Latencies latencies, Request request, Runnable lost, Check check) {
        if (!inFlight.tryAcquire()) {
            latencies.error(start, "more than " + MAX_IN_FLIGHT + " requests in flight: the service is not keeping up");
            return;
        }
        request.send().whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    lost.run();
                }
                String problem = failure != null ? String.valueOf(failure) : check.problem(response);
                if (problem == null) {
                    latencies.ok(start);
                } else {
                    latencies.error(start, problem);
                }
            } catch (RuntimeException e) {
                latencies.error(start, String.valueOf(e));
            } finally {
                inFlight.release();
            }
        });
    }

    private Map<String, Object> sale(LoadCounty.Operator operator, LocalDate day, Random random) {
        Map<String, Object> sale = new HashMap<>();
        sale.put("stationCode", operator.stationCode());
        sale.put("dateSold", day.toString());
        sale.put("categoryCode", county.categories().get(random.nextInt(county.categories().size())));
        sale.put("productName", "压测商品");
        sale.put("quantity", 1 + random.nextInt(50));
        sale.put("unit", "kg");
        sale.put("amountFen", 100L + random.nextInt(500_000));
        sale.put("direction", random.nextInt(5) < 3 ? "UP" : "DOWN");
        sale.put("channel", "PLATFORM");
        if (random.nextInt(10) == 0) {
            sale.put("povertyReason", "压测：脱贫户代销");
        }
        return sale;
    }
}
