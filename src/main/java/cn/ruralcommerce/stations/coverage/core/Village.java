package cn.ruralcommerce.stations.coverage.core;

import java.util.Objects;

/**
 * A rural administrative village (行政村) as a demand point: its code, township, point and population.
 *
 * @param code          12-digit (or significant-digit) village division code
 * @param townshipCode  code of the township the village belongs to, used to group summaries
 * @param lon           longitude in degrees east, CGCS2000
 * @param lat           latitude in degrees north, CGCS2000
 * @param population    resident population, persons, at least 0
 * @param formerPoverty whether the village is a former registered poverty village (贫困村)
 */
public record Village(String code, String townshipCode, double lon, double lat, int population,
                      boolean formerPoverty) {

    public Village {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Points.requireLonLat(lon, lat, code);
        if (population < 0) {
            throw new IllegalArgumentException("population of village " + code + " must be >= 0, got " + population);
        }
    }
}
