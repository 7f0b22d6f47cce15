package cn.ruralcommerce.stations.coverage.core;

import java.util.Objects;

/**
 * A place where the planner may open a new village service point, usually a rural village without one.
 *
 * @param code candidate code (the village code when the candidate is a village)
 * @param lon  longitude in degrees east, CGCS2000
 * @param lat  latitude in degrees north, CGCS2000
 */
public record Candidate(String code, double lon, double lat) {

    public Candidate {
        Objects.requireNonNull(code, "code");
        Points.requireLonLat(lon, lat, code);
    }

    /** The candidate at a village's point, named by the village code. */
    public static Candidate of(Village village) {
        return new Candidate(village.code(), village.lon(), village.lat());
    }
}
