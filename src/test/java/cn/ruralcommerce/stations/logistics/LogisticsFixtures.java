package cn.ruralcommerce.stations.logistics;

/** A small valid logistics-node file over the sample divisions: a hub, a transfer and two village points. */
public final class LogisticsFixtures {
    public static final String FILE = LogisticsNodeIT.FILE;

    private LogisticsFixtures() {
    }
}
