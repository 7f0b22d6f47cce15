package cn.ruralcommerce.stations.coverage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Runs a benchmark case a few times after warm-up and reports median wall time and median CPU time of
 * the running thread (the latter is less disturbed when other processes share the cores).
 */
final class Medians {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Medians() {
    }

    /** Result of the last run; medians, minimum and maximum of the timed runs, milliseconds. */
    record Timed<T>(T result, double medianMillis, double minMillis, double maxMillis, double cpuMedianMillis) {
    }

    /** Runs {@code warmUps} untimed then {@code runs} timed executions. */
    static <T> Timed<T> time(int warmUps, int runs, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmUps; i++) {
            result = work.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        double medianWall = median(wall); // sorts wall, so the ends are the extremes
        return new Timed<>(result, medianWall, wall[0], wall[runs - 1], median(cpu));
    }

    /** Median of the values (sorts them). */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** The one-minute system load average, or −1 where unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
