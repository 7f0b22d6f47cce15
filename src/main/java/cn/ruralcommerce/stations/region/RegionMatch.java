package cn.ruralcommerce.stations.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.Map;

/**
 * A division found by name or code, with the county and township it lies in (names and codes), so a search
 * result can say where it is: 柿花村 in 潼南区 is not 柿花社区 in 铜梁区.
 */
@Serdeable
public record RegionMatch(
        String code,
        String name,
        RegionLevel level,
        @Nullable String parentCode,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable Integer population,
        @Nullable Boolean rural,
        boolean formerPoverty,
        @Nullable LocalDate retiredOn,
        @Nullable String countyCode,
        @Nullable String countyName,
        @Nullable String townshipCode,
        @Nullable String townshipName) {

    /** The match with the names of its county and township looked up in {@code names} (code → name). */
    static RegionMatch of(Region r, Map<String, String> names) {
        String county = r.code().length() >= 6 ? r.code().substring(0, 6) : null;
        String township = r.code().length() >= 9 ? r.code().substring(0, 9) : null;
        return new RegionMatch(r.code(), r.name(), r.level(), r.parentCode(), r.lon(), r.lat(), r.population(), r.rural(),
                r.formerPoverty(), r.retiredOn(), county, names.get(county), township, names.get(township));
    }
}
