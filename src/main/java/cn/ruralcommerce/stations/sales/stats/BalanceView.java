package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The 网络零售额进出比 (下行 : 上行 of online retail, target about 1.5 : 1, met at or below it) with the previous
 * period's ratio and the trend, and offline and other sales beside it; all amounts in fen.
 */
@Serdeable
public record BalanceView(LocalDate from, LocalDate to, long onlineUpFen, long onlineDownFen, @Nullable Double inOutRatio,
                          double target, @Nullable Boolean meetsGoal, LocalDate previousFrom, LocalDate previousTo,
                          @Nullable Double previousInOutRatio, @Nullable String trend, long offlineUpFen, long offlineDownFen,
                          long otherUpFen, long otherDownFen, long upFen, long downFen) {
}
