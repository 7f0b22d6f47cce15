package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The villages without a village service point (无村级站点的行政村) that should get one first, in priority order
 * (see {@code ranking}), and what opening a village service point in each does to 行政村覆盖率 and to the
 * administrative coverage of former poverty villages (原贫困村). Rates are 0..1.
 */
@Serdeable
public record PriorityView(String region, double radiusKm, @Nullable Integer k, @Nullable Double targetCoverage, String ranking,
                           int ruralVillages, int villagesWithoutStation, int adminCoveredBefore, int adminCoveredAfter,
                           double adminCoverageRateBefore, double adminCoverageRateAfter, int formerPovertyVillages,
                           int formerPovertyAdminCoveredBefore, int formerPovertyAdminCoveredAfter, boolean targetReached,
                           List<CoverageView.GapVillage> villages) {

    /** The order, as the API states it (docs/indicators.md, "无村级站点的行政村"). */
    public static final String RANKING = "former poverty villages first; then villages also beyond the service radius;"
            + " then larger population; then farther from the nearest counted station; then village code";
}
