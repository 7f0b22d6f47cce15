package cn.ruralcommerce.stations.sales.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 point 1: 网络零售额进出比 is online 下行 : 上行, met at or below 1.5, offline kept apart. */
class InOutBalanceTest {
    private static SalesQueries.Sums fen(long amount) {
        return new SalesQueries.Sums(amount, Map.of(), 1);
    }

    @Test
    void up100Down140OnlineIs140To1AndMeetsTheGoal() {
        InOutBalance b = InOutBalance.of(Map.of("UP|PLATFORM", fen(60), "UP|LIVESTREAM", fen(40), "DOWN|SOCIAL", fen(140),
                "UP|OFFLINE", fen(900), "DOWN|OFFLINE", fen(5), "DOWN|OTHER", fen(7), "UP|ORDER_FARMING", fen(11)));
        assertEquals(100, b.onlineUpFen());
        assertEquals(140, b.onlineDownFen());
        assertEquals(1.40, b.inOutRatio());
        assertTrue(b.meetsGoal());
        assertEquals(900, b.offlineUpFen());
        assertEquals(5, b.offlineDownFen());
        assertEquals(11, b.otherUpFen());
        assertEquals(7, b.otherDownFen());
    }

    @Test
    void aboveTheGoalIsNotMetAndNoOnlineUpHasNoRatio() {
        InOutBalance b = InOutBalance.of(Map.of("UP|PLATFORM", fen(100), "DOWN|PLATFORM", fen(151)));
        assertEquals(1.51, b.inOutRatio());
        assertFalse(b.meetsGoal());
        assertEquals(1.5, InOutBalance.ratio(150, 100));
        assertTrue(new InOutBalance(100, 150, 0, 0, 0, 0).meetsGoal());
        assertNull(InOutBalance.of(Map.of("DOWN|PLATFORM", fen(10), "UP|OFFLINE", fen(10))).inOutRatio());
        assertNull(InOutBalance.of(Map.of("DOWN|PLATFORM", fen(10))).meetsGoal());
    }

    @Test
    void trendNarrowsWhenTheRatioFalls() {
        assertEquals("NARROWING", InOutBalance.trend(1.4, 2.0));
        assertEquals("WIDENING", InOutBalance.trend(2.0, 1.4));
        assertEquals("UNCHANGED", InOutBalance.trend(1.4, 1.4));
        assertNull(InOutBalance.trend(1.4, null));
    }
}
