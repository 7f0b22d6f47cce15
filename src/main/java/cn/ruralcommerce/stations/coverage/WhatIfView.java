package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Coverage before and after a hypothetical change, with the villages that gain or lose coverage. */
@Serdeable
public record WhatIfView(String region, double radiusKm, CoverageView.Summary before, CoverageView.Summary after,
                         List<Change> changes) {

    /** A village whose coverage status changes. */
    @Serdeable
    public record Change(String code, String name, String townshipCode, int population, boolean formerPoverty,
                         boolean coveredBefore, boolean coveredAfter, @Nullable String nearestBefore,
                         @Nullable Long distanceBeforeM, @Nullable String nearestAfter, @Nullable Long distanceAfterM) {
        Change withName(String villageName) {
            return new Change(code, villageName, townshipCode, population, formerPoverty, coveredBefore, coveredAfter,
                    nearestBefore, distanceBeforeM, nearestAfter, distanceAfterM);
        }
    }
}
