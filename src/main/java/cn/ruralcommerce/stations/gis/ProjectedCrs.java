package cn.ruralcommerce.stations.gis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Metric geometry through the CGCS2000 3-degree Gauss-Krüger zones (EPSG:4534..4554, CM 75°E..135°E).
 *
 * <p>Lon/lat geometries are CGCS2000 (EPSG:4490) with x = longitude, y = latitude in degrees; projected
 * geometries have x = easting, y = northing in metres (CRSs are decoded longitude/easting first).
 * Within the 1.5° half-width of a zone the projection's scale error stays below 0.03 % in Chongqing.
 */
public final class ProjectedCrs {

    /** The storage CRS: geographic CGCS2000. */
    public static final String STORAGE_CRS = "EPSG:4490";
    /** EPSG code of the zone with central meridian 75°E; codes rise by one per 3° up to 4554 at 135°E. */
    private static final int FIRST_ZONE_CODE = 4534;
    private static final int FIRST_CM = 75;
    private static final int LAST_CM = 135;
    /** Segments per quarter circle in buffers: a 64-gon, whose area is 0.16 % below the circle's. */
    private static final int QUADRANT_SEGMENTS = 16;

    private static final Map<String, CoordinateReferenceSystem> CRS_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, MathTransform> TO_PROJECTED = new ConcurrentHashMap<>();
    private static final Map<String, MathTransform> TO_LON_LAT = new ConcurrentHashMap<>();
    private static final GeometryFactory LON_LAT_FACTORY = new GeometryFactory(new PrecisionModel(), srid(STORAGE_CRS));

    private ProjectedCrs() {
    }

    /** Central meridian in degrees east of the 3-degree zone containing {@code lon}. */
    public static int centralMeridian(double lon) {
        long cm = 3 * Math.round(lon / 3.0);
        if (!Double.isFinite(lon) || cm < FIRST_CM || cm > LAST_CM) {
            throw new IllegalArgumentException("经度 " + lon + " 超出 CGCS2000 三度带范围（东经 73.5°–136.5°）");
        }
        return (int) cm;
    }

    /** EPSG code ("EPSG:4544" for CM 105°E) of the 3-degree Gauss-Krüger zone containing {@code lon}. */
    public static String zoneCode(double lon) {
        return "EPSG:" + (FIRST_ZONE_CODE + (centralMeridian(lon) - FIRST_CM) / 3);
    }

    /** Decodes an EPSG code with longitude (easting) first, once per code. */
    public static CoordinateReferenceSystem decode(String code) {
        return CRS_CACHE.computeIfAbsent(code, c -> {
            try {
                return CRS.decode(c, true);
            } catch (FactoryException e) {
                throw new IllegalStateException("cannot decode " + c + " from the GeoTools EPSG database", e);
            }
        });
    }

    /** Projects a CGCS2000 lon/lat geometry into the given zone (metres). */
    public static Geometry toProjected(Geometry lonLat, String zoneCode) {
        Geometry result = transform(lonLat, toProjectedTransform(zoneCode));
        result.setSRID(srid(zoneCode));
        return result;
    }

    /** Unprojects a geometry in the given zone (metres) back to CGCS2000 lon/lat. */
    public static Geometry toLonLat(Geometry projected, String zoneCode) {
        Geometry result = transform(projected, toLonLatTransform(zoneCode));
        result.setSRID(srid(STORAGE_CRS));
        return result;
    }

    /** Area in m² of a CGCS2000 lon/lat geometry, measured in the zone of its envelope's centre. */
    public static double areaSquareMetres(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0.0;
        }
        String zone = zoneCode(lonLat.getEnvelopeInternal().centre().getX());
        return toProjected(lonLat, zone).getArea();
    }

    /** A circle of {@code metres} radius around a CGCS2000 point, as a lon/lat polygon (64 vertices). */
    public static Polygon bufferMetres(LonLat centre, double metres) {
        if (!Double.isFinite(metres) || metres <= 0) {
            throw new IllegalArgumentException("radius must be a positive number of metres, got " + metres);
        }
        String zone = zoneCode(centre.lon());
        Geometry point = LON_LAT_FACTORY.createPoint(new Coordinate(centre.lon(), centre.lat()));
        Geometry circle = toProjected(point, zone).buffer(metres, QUADRANT_SEGMENTS);
        return (Polygon) toLonLat(circle, zone);
    }

    /**
     * Decodes the storage CRS and the three Chongqing zones (105°, 108°, 111°E) so that the first request
     * does not pay for opening the EPSG database (seconds); returns the time taken in milliseconds.
     */
    public static long warmUp() {
        long start = System.nanoTime();
        decode(STORAGE_CRS);
        for (double lon : new double[] {105.0, 108.0, 111.0}) {
            toProjectedTransform(zoneCode(lon));
            toLonLatTransform(zoneCode(lon));
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static MathTransform toProjectedTransform(String zoneCode) {
        return TO_PROJECTED.computeIfAbsent(zoneCode, z -> findTransform(STORAGE_CRS, z));
    }

    private static MathTransform toLonLatTransform(String zoneCode) {
        return TO_LON_LAT.computeIfAbsent(zoneCode, z -> findTransform(z, STORAGE_CRS));
    }

    private static MathTransform findTransform(String sourceCode, String targetCode) {
        try {
            // not lenient: both CRSs share the CGCS2000 datum, so no datum shift is involved
            return CRS.findMathTransform(decode(sourceCode), decode(targetCode), false);
        } catch (FactoryException e) {
            throw new IllegalStateException("no transform from " + sourceCode + " to " + targetCode, e);
        }
    }

    /** The numeric part of "EPSG:4544", or 0 (JTS's "unknown") for anything else. */
    private static int srid(String code) {
        String digits = code.substring(code.indexOf(':') + 1);
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.parseInt(digits) : 0;
    }

    private static Geometry transform(Geometry geometry, MathTransform transform) {
        try {
            return JTS.transform(geometry, transform);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot transform geometry: " + e.getMessage(), e);
        }
    }
}
