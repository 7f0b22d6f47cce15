package cn.ruralcommerce.stations.coverage.core;

/**
 * Indices of the k largest values of an array in expected linear time (quickselect on a copy), ties
 * broken towards lower indices, so the choice is deterministic.
 */
final class TopK {

    private TopK() {
    }

    /** The indices of the {@code k} largest of {@code values}, ascending; {@code scratch} as long as values. */
    static int[] largest(double[] values, double[] scratch, int k) {
        int n = values.length;
        int[] top = new int[k];
        if (k == 0) {
            return top;
        }
        System.arraycopy(values, 0, scratch, 0, n);
        double threshold = select(scratch, n - k); // the k-th largest value
        int at = 0;
        for (int j = 0; j < n && at < k; j++) {
            if (values[j] > threshold) {
                top[at++] = j;
            }
        }
        for (int j = 0; j < n && at < k; j++) {
            if (values[j] == threshold) {
                top[at++] = j;
            }
        }
        java.util.Arrays.sort(top);
        return top;
    }

    /** The value of rank {@code rank} (0 = smallest) in a, reordering a (Hoare quickselect). */
    private static double select(double[] a, int rank) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return a[rank];
            }
        }
        return a[rank];
    }
}
