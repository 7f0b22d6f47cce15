package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Target-share planning against the exhaustive fewest sites on small instances.
 */
class SitePlannerTargetTest {

    private static final double R = PlanningInstance.R;

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.7})
    void targetModeUsesTheFewestSites(double target) {
        PlanningInstance instance = PlanningInstance.of(11);
        long[] masks = instance.masks();
        long total = instance.villages().stream().mapToLong(Village::population).sum();
        SitePlan plan = new SitePlanner(R).planTarget(instance.villages(), instance.candidates(),
            SiteIndex.of(instance.existing()), target);
        assertTrue(plan.targetReached());
        assertTrue(plan.coveredShareAfter() >= target);
        int fewest = 0;
        while (instance.optimum(fewest) + plan.coveredBefore() < Math.ceil(target * total - 1e-9)) {
            fewest++;
        }
        assertEquals(fewest, plan.sites().size(), "exhaustive minimum");
        assertTrue(plan.sitesLowerBound() <= fewest && plan.sitesLowerBound() >= 1);
        assertEquals(total, plan.totalPopulation());
        assertTrue(masks.length > 0);
    }

    @Test
    void anUnreachableTargetIsReportedAsSuch() {
        PlanningInstance instance = PlanningInstance.of(12);
        SitePlan plan = new SitePlanner(R).planTarget(instance.villages(), instance.candidates(),
            SiteIndex.of(instance.existing()), 1.0);
        long coverable = 0;
        for (long mask : instance.masks()) {
            coverable |= mask;
        }
        assertFalse(plan.targetReached());
        assertEquals(instance.population(coverable), plan.newlyCoveredPopulation(), "covers all it can");
    }
}
