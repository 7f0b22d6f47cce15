package cn.ruralcommerce.stations.loadtest;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latencies and outcomes of one kind of request during the measured phase. Latency runs from the moment
 * the request was due (open-loop senders) or sent (closed-loop users) to the end of the response, so a
 * stalled server shows up as latency rather than as fewer requests (no coordinated omission).
 */
final class Latencies {
    private final String name;
    private final List<Double> millis = new ArrayList<>();
    private final List<String> errorSamples = new ArrayList<>();
    private long errors;
    private volatile boolean recording;

    Latencies(String name) {
        this.name = name;
    }

    void recording(boolean on) {
        recording = on;
    }

    synchronized void ok(long startNanos) {
        if (recording) {
            millis.add((System.nanoTime() - startNanos) / 1e6);
        }
    }

    /** A failed request counts whether or not the phase is recorded: the run must have no errors at all. */
    synchronized void error(long startNanos, String what) {
        errors++;
        if (recording) {
            millis.add((System.nanoTime() - startNanos) / 1e6);
        }
        if (errorSamples.size() < 5) {
            errorSamples.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        }
    }

    synchronized Summary summary(double seconds) {
        double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        percentile.setData(values);
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return values.length == 0
                ? new Summary(name, 0, errors, 0, 0, 0, 0, 0, List.copyOf(errorSamples))
                : new Summary(name, values.length, errors, values.length / seconds, percentile.evaluate(50),
                percentile.evaluate(90), percentile.evaluate(99), max, List.copyOf(errorSamples));
    }

    record Summary(String name, long requests, long errors, double perSecond, double p50, double p90, double p99, double max,
                   List<String> errorSamples) {
        static String header() {
            return String.format(Locale.ROOT, "%-34s %9s %7s %9s %8s %8s %8s %8s", "request", "measured", "errors", "req/s",
                    "p50 ms", "p90 ms", "p99 ms", "max ms");
        }

        String row() {
            return String.format(Locale.ROOT, "%-34s %9d %7d %9.1f %8.1f %8.1f %8.1f %8.1f", name, requests, errors, perSecond,
                    p50, p90, p99, max);
        }
    }
}
