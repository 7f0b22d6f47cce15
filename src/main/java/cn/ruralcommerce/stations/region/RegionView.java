package cn.ruralcommerce.stations.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A division as the API shows it; lon/lat in CGCS2000 degrees. */
@Serdeable
public record RegionView(
        String code,
        String name,
        RegionLevel level,
        @Nullable String parentCode,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable Integer population,
        @Nullable Boolean rural,
        boolean formerPoverty,
        LocalDate validFrom,
        @Nullable LocalDate retiredOn,
        @Nullable String successorCode) {

    public static RegionView of(Region r) {
        return new RegionView(r.code(), r.name(), r.level(), r.parentCode(), r.lon(), r.lat(), r.population(),
                r.rural(), r.formerPoverty(), r.validFrom(), r.retiredOn(), r.successorCode());
    }
}
