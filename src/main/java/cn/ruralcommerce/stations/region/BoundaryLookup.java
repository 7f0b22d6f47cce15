package cn.ruralcommerce.stations.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;

import java.util.Map;
import java.util.Optional;

/** Point-in-county tests over a set of prepared county boundaries (CGCS2000 lon/lat). */
public final class BoundaryLookup {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final Map<String, PreparedGeometry> byCounty;

    public BoundaryLookup(Map<String, PreparedGeometry> byCounty) {
        this.byCounty = Map.copyOf(byCounty);
    }

    /** Whether the point lies in or on the county's boundary; empty when the boundary is not known. */
    public Optional<Boolean> contains(String countyCode, double lon, double lat) {
        PreparedGeometry boundary = byCounty.get(countyCode);
        if (boundary == null) {
            return Optional.empty();
        }
        return Optional.of(boundary.covers(FACTORY.createPoint(new Coordinate(lon, lat))));
    }
}
