package cn.ruralcommerce.stations.region;

import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * County boundaries as prepared JTS geometries for point-in-county tests: read in one query per call,
 * parsed once per stored version (the cache is keyed by code and updated_at, so a re-imported boundary
 * is picked up on every instance).
 */
@Singleton
public class CountyBoundaries {
    private record Parsed(Instant updatedAt, PreparedGeometry geometry) {
    }

    private final RegionBoundaryRepository boundaries;
    private final Map<String, Parsed> cache = new ConcurrentHashMap<>();

    public CountyBoundaries(RegionBoundaryRepository boundaries) {
        this.boundaries = boundaries;
    }

    /** A lookup over the stored boundaries of these county codes (counties without one are unknown). */
    public BoundaryLookup forCounties(Collection<String> countyCodes) {
        Map<String, PreparedGeometry> found = new HashMap<>();
        if (!countyCodes.isEmpty()) {
            for (RegionBoundary boundary : boundaries.findByCodeIn(List.copyOf(countyCodes))) {
                Parsed parsed = cache.get(boundary.code());
                if (parsed == null || !parsed.updatedAt().equals(boundary.updatedAt())) {
                    parsed = new Parsed(boundary.updatedAt(), prepare(boundary.geometry()));
                    cache.put(boundary.code(), parsed);
                }
                found.put(boundary.code(), parsed.geometry());
            }
        }
        return new BoundaryLookup(found);
    }

    private static PreparedGeometry prepare(String geoJson) {
        try {
            Geometry geometry = new GeoJsonReader().read(geoJson);
            return PreparedGeometryFactory.prepare(geometry);
        } catch (ParseException e) {
            throw new IllegalStateException("stored boundary is not GeoJSON: " + e.getMessage(), e);
        }
    }
}
