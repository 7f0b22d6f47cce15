package cn.ruralcommerce.stations.loadtest;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Operators logging sales, open loop: single POSTs paced at a fixed rate across all operators (each
 * operator about once a second at 200/s), a share of them re-sent with the same key as a phone does
 * after a lost response, and offline batches of last week's sales from random operators. Every sale the
 * service reports CREATED is added to {@link #createdCount()}/{@link #createdFen()} for the final check.
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
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong createdFen = new AtomicLong();
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

    long createdCount() {
        return created.get();
    }

    long createdFen() {
        return createdFen.get();
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
        submit(due, singles, () -> http.post("/api/sales", operator.token(), sale, key), response -> {
            if (response.statusCode() != 201) {
                return "single: " + response.statusCode() + " " + new String(response.body());
            }
            count(sale);
            if (resend) {
                long again = System.nanoTime();
                submit(again, resends, () -> http.post("/api/sales", operator.token(), sale, key),
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
        submit(due, batches, () -> http.post("/api/sales/batch", operator.token(), Map.of("entries", entries), null), response -> {
            if (response.statusCode() != 200) {
                return "batch: " + response.statusCode() + " " + new String(response.body());
            }
            List<Map<String, Object>> results = http.readList(response.body());
            for (int i = 0; i < results.size(); i++) {
                if (!"CREATED".equals(results.get(i).get("status"))) {
                    return "batch entry " + i + ": " + results.get(i);
                }
                count(entries.get(i));
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

    private void submit(long start, Latencies latencies, Request request, Check check) {
        if (!inFlight.tryAcquire()) {
            latencies.error(start, "more than " + MAX_IN_FLIGHT + " requests in flight: the service is not keeping up");
            return;
        }
        request.send().whenComplete((response, failure) -> {
            try {
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

    private void count(Map<String, Object> sale) {
        created.incrementAndGet();
        createdFen.addAndGet((Long) sale.get("amountFen"));
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
        sale.put("channel", "PINDUODUO");
        if (random.nextInt(10) == 0) {
            sale.put("povertyReason", "压测：脱贫户代销");
        }
        return sale;
    }
}
