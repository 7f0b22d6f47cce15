package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.sales.SalesChannel;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Downward and upward sales by channel group and the 网络零售额进出比 (in : out ratio of online retail):
 * 进 = 下行 (bought into the area), 出 = 上行 (sold out of it), online channels only, to be narrowed to
 * about 1.5 : 1 ("网络零售额进出比缩小到1.5∶1左右"). Offline and the other channels are kept beside it.
 */
public record InOutBalance(long onlineUpFen, long onlineDownFen, long offlineUpFen, long offlineDownFen,
                           long otherUpFen, long otherDownFen) {
    /** The 2019 opinion's target for 2022: 进 : 出 narrowed to about 1.5 : 1; met at or below it. */
    public static final double GOAL = 1.5;
    /** The summary expression that {@link #of} expects the sums to be grouped by. */
    public static final String GROUPING = "CONCAT(direction, '|', channel)";

    /** Folds sums grouped by {@link #GROUPING} into the three channel groups. */
    public static InOutBalance of(Map<String, SalesQueries.Sums> byDirectionAndChannel) {
        long[] fen = new long[6];
        byDirectionAndChannel.forEach((key, sums) -> {
            int bar = key.indexOf('|');
            Direction direction = Direction.valueOf(key.substring(0, bar));
            SalesChannel channel = SalesChannel.parse(key.substring(bar + 1)).orElse(SalesChannel.OTHER);
            int group = channel.online() ? 0 : channel == SalesChannel.OFFLINE ? 2 : 4;
            fen[group + (direction == Direction.UP ? 0 : 1)] += sums.amountFen();
        });
        return new InOutBalance(fen[0], fen[1], fen[2], fen[3], fen[4], fen[5]);
    }

    /** 下行 : 上行 of online retail as x.xx (the "x.xx : 1" shown); null without online upward sales. */
    public @Nullable Double inOutRatio() {
        return ratio(onlineDownFen, onlineUpFen);
    }

    /** True when the ratio is at or below {@link #GOAL}; null when there is no ratio. */
    public @Nullable Boolean meetsGoal() {
        Double ratio = inOutRatio();
        return ratio == null ? null : ratio <= GOAL;
    }

    /** Down over up rounded half-up to 2 decimals; null when up is not positive. */
    public static @Nullable Double ratio(long downFen, long upFen) {
        if (upFen <= 0) {
            return null;
        }
        return BigDecimal.valueOf(downFen).divide(BigDecimal.valueOf(upFen), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** NARROWING, WIDENING or UNCHANGED against the previous period's ratio; null when either is missing. */
    public static @Nullable String trend(@Nullable Double now, @Nullable Double before) {
        if (now == null || before == null) {
            return null;
        }
        int c = Double.compare(now, before);
        return c < 0 ? "NARROWING" : c > 0 ? "WIDENING" : "UNCHANGED";
    }
}
