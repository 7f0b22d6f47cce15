package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Stations to add (points) and to close (codes) in a what-if coverage comparison. */
@Serdeable
public record WhatIfRequest(@NotNull String region, @Nullable Double radiusKm, @Nullable String tiers,
                            @Nullable String asOf, @Nullable @Size(max = 200) @Valid List<NewSite> add,
                            @Nullable @Size(max = 500) List<String> close) {

    /** A hypothetical village station at a point in the given coordinate system (default CGCS2000). */
    @Serdeable
    public record NewSite(@NotNull Double lon, @NotNull Double lat, @Nullable String crs) {
    }
}
