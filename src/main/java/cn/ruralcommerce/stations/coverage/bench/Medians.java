package cn.ruralcommerce.stations.coverage.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Runs a benchmark case a few times after warm-up and reports the median wall time.
 */
final class Medians {

    private Medians() {
    }

    /** Result of the last run and the median of {@code runs} timed runs, milliseconds. */
    record Timed<T>(T result, double medianMillis, double minMillis, double maxMillis) {
    }

    /** Runs {@code warmUps} untimed then {@code runs} timed executions. */
    static <T> Timed<T> time(int warmUps, int runs, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmUps; i++) {
            result = work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        return new Timed<>(result, median, millis[0], millis[runs - 1]);
    }
}
