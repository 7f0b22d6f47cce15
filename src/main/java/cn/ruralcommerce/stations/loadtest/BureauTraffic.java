package cn.ruralcommerce.stations.loadtest;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bureau users at month-end, closed loop: each signs in, then keeps asking for the county's coverage,
 * sales statistics and annual report with a short think time between requests.
 */
final class BureauTraffic {
    final Latencies coverage = new Latencies("GET /api/coverage (county)");
    final Latencies stats = new Latencies("GET /api/stats/sales (by village)");
    final Latencies report = new Latencies("GET /api/reports/annual (county)");
    private final LoadHttp http;
    private final LoadCounty county;
    private final LocalDate today;
    private final long thinkMillis;

    BureauTraffic(LoadHttp http, LoadCounty county, LocalDate today, long thinkMillis) {
        this.http = http;
        this.county = county;
        this.today = today;
        this.thinkMillis = thinkMillis;
    }

    List<Thread> start(long endNanos) {
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < county.bureauTokens().size(); i++) {
            String token = county.bureauTokens().get(i);
            Random random = new Random(100 + i);
            Thread user = new Thread(() -> work(token, random, endNanos), "load-bureau-" + i);
            user.start();
            users.add(user);
        }
        return users;
    }

    void recording(boolean on) {
        coverage.recording(on);
        stats.recording(on);
        report.recording(on);
    }

    /** Coverage three times out of five, statistics once, the annual report once. */
    private void work(String token, Random random, long endNanos) {
        String code = county.county();
        int step = random.nextInt(5);
        while (System.nanoTime() < endNanos) {
            switch (step++ % 5) {
                case 0, 2, 4 -> call(coverage, "/api/coverage?region=" + code, token);
                case 1 -> call(stats, "/api/stats/sales?groupBy=village&region=" + code + "&from=" + today.withDayOfMonth(1), token);
                default -> call(report, "/api/reports/annual?region=" + code + "&year=" + today.getYear(), token);
            }
            try {
                Thread.sleep(thinkMillis / 2 + random.nextLong(thinkMillis + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void call(Latencies latencies, String path, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.get(path, token);
            if (response.statusCode() == 200) {
                latencies.ok(start);
            } else {
                latencies.error(start, path + ": " + response.statusCode() + " " + new String(response.body()));
            }
        } catch (Exception e) {
            latencies.error(start, path + ": " + e);
        }
    }
}
