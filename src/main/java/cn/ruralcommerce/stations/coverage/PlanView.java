package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Recommended new village-station sites with what each newly covers, and an upper bound on what any
 * choice of as many sites could cover, so the gap to the optimum is known.
 */
@Serdeable
public record PlanView(String region, double radiusKm, @Nullable Integer k, @Nullable Double targetCoverage,
                       List<SiteView> sites, long newlyCoveredPopulation, long greedyPopulation, long upperBound,
                       double gapPercent, long totalPopulation, long coveredPopulationBefore, double coveredShareAfter,
                       boolean targetReached, int sitesLowerBound) {

    /** One recommended site: a rural village without a station. */
    @Serdeable
    public record SiteView(String villageCode, String name, double lon, double lat, long newlyCoveredPopulation,
                           List<String> newlyCoveredVillages) {
    }
}
