package cn.ruralcommerce.stations.region;

import io.micronaut.core.annotation.Nullable;

/** One parsed and checked line of a division import, with coordinates already in CGCS2000. */
public record RegionRow(
        int line,
        String code,
        String name,
        RegionLevel level,
        @Nullable String parentCode,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable Integer population,
        @Nullable Boolean rural,
        @Nullable Boolean formerPoverty) {

    public boolean formerPovertyOrFalse() {
        return Boolean.TRUE.equals(formerPoverty);
    }
}
