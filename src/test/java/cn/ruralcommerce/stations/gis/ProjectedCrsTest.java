package cn.ruralcommerce.stations.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.datum.Ellipsoid;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ProjectedCrsTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @BeforeAll
    static void openTheEpsgDatabaseOnce() {
        long millis = ProjectedCrs.warmUp();
        System.out.println("ProjectedCrs.warmUp (first CRS.decode) took " + millis + " ms");
    }

    @ParameterizedTest
    @CsvSource({"105.5, EPSG:4544, 105", "107.9, EPSG:4545, 108", "110.0, EPSG:4546, 111", "106.49, EPSG:4544, 105", "106.5, EPSG:4545, 108",
                "75.2, EPSG:4534, 75", "134.9, EPSG:4554, 135"})
    void choosesTheThreeDegreeZoneByLongitude(double lon, String code, int centralMeridian) {
        assertEquals(code, ProjectedCrs.zoneCode(lon));
        assertEquals(centralMeridian, ProjectedCrs.centralMeridian(lon));
    }

    @Test
    void rejectsLongitudesOutsideTheZones() {
        assertThrows(IllegalArgumentException.class, () -> ProjectedCrs.zoneCode(73.4));
        assertThrows(IllegalArgumentException.class, () -> ProjectedCrs.zoneCode(136.6));
        assertThrows(IllegalArgumentException.class, () -> ProjectedCrs.zoneCode(Double.NaN));
    }

    @Test
    void zoneCodesAgreeWithTheEpsgDatabase() throws Exception {
        for (int cm = 75; cm <= 135; cm += 3) {
            CoordinateReferenceSystem crs = ProjectedCrs.decode(ProjectedCrs.zoneCode(cm));
            assertTrue(crs.getName().getCode().contains("CM " + cm + "E"), crs.getName().getCode());
            double parameter = CRS.getMapProjection(crs).getParameterValues()
                    .parameter("central_meridian").doubleValue();
            assertEquals(cm, parameter, 1e-12);
            Ellipsoid ellipsoid = CRS.getEllipsoid(crs);
            assertEquals(Geodesy.CGCS2000_A, ellipsoid.getSemiMajorAxis(), 1e-9);
            assertEquals(298.257222101, ellipsoid.getInverseFlattening(), 1e-9);
        }
    }

    @Test
    void storageCrsIsGeographicCgcs2000LongitudeFirst() {
        CoordinateReferenceSystem crs = ProjectedCrs.decode(ProjectedCrs.STORAGE_CRS);
        assertTrue(crs instanceof GeographicCRS);
        assertTrue(crs.getName().getCode().contains("China Geodetic Coordinate System 2000"), crs.getName().getCode());
        assertEquals("EAST", crs.getCoordinateSystem().getAxis(0).getDirection().name());
    }

    @Test
    void projectsToEastingNorthingInMetres() {
        Geometry p = ProjectedCrs.toProjected(point(105.0, 30.0), "EPSG:4544");
        // on the central meridian: false easting 500 km; northing is the meridian arc from the equator
        assertEquals(4544, p.getSRID());
        assertEquals(500_000.0, p.getCoordinate().x, 1e-6);
        assertEquals(3_320_000.0, p.getCoordinate().y, 5_000.0);
        Geometry back = ProjectedCrs.toLonLat(p, "EPSG:4544");
        assertEquals(105.0, back.getCoordinate().x, 1e-9);
        assertEquals(30.0, back.getCoordinate().y, 1e-9);
        assertEquals(4490, back.getSRID());
    }

    @Test
    void areaOfASmallSquareMatchesTheEllipsoidalFormula() {
        double lon1 = 106.0;
        double lat1 = 30.0;
        double side = 0.01;
        Polygon square = GEOMETRIES.createPolygon(new Coordinate[] {
            new Coordinate(lon1, lat1), new Coordinate(lon1 + side, lat1), new Coordinate(lon1 + side, lat1 + side),
            new Coordinate(lon1, lat1 + side), new Coordinate(lon1, lat1)});
        double expected = quadrangleArea(lat1, lat1 + side, side);
        double actual = ProjectedCrs.areaSquareMetres(square);
        assertEquals(expected, actual, expected * 0.005, "analytical " + expected + " m², projected " + actual + " m²");
    }

    @Test
    void bufferOfThreeKilometresHasTheAreaOfThatCircle() {
        LonLat centre = LonLat.of(106.55, 29.56);
        Polygon circle = ProjectedCrs.bufferMetres(centre, 3000);
        double expected = Math.PI * 3000 * 3000;
        assertEquals(expected, ProjectedCrs.areaSquareMetres(circle), expected * 0.01);
        assertEquals(expected, geodesicArea(circle), expected * 0.01);
        for (Coordinate vertex : circle.getExteriorRing().getCoordinates()) {
            assertEquals(3000, Geodesy.distanceMetres(centre, LonLat.of(vertex.x, vertex.y)), 3000 * 0.001);
        }
    }

    @Test
    void rejectsANonPositiveRadius() {
        assertThrows(IllegalArgumentException.class, () -> ProjectedCrs.bufferMetres(LonLat.of(106, 30), 0));
        assertThrows(IllegalArgumentException.class, () -> ProjectedCrs.bufferMetres(LonLat.of(106, 30), Double.NaN));
    }

    private static Geometry point(double lon, double lat) {
        return GEOMETRIES.createPoint(new Coordinate(lon, lat));
    }

    /**
     * Exact area in m² of the ellipsoidal quadrangle between two parallels spanning {@code dLonDeg}:
     * (b²·Δλ/2)·[q(φ2) − q(φ1)], with q the authalic-latitude function of the CGCS2000 ellipsoid.
     */
    private static double quadrangleArea(double lat1, double lat2, double dLonDeg) {
        double a = Geodesy.CGCS2000_A;
        double f = Geodesy.CGCS2000_F;
        double e2 = f * (2 - f);
        double b2 = a * a * (1 - e2);
        return b2 * Math.toRadians(dLonDeg) / 2 * (q(lat2, e2) - q(lat1, e2));
    }

    private static double q(double latDeg, double e2) {
        double e = Math.sqrt(e2);
        double sin = Math.sin(Math.toRadians(latDeg));
        return sin / (1 - e2 * sin * sin) + Math.log((1 + e * sin) / (1 - e * sin)) / (2 * e);
    }

    /** Ellipsoidal area in m² of a lon/lat polygon's shell via GeographicLib, independent of GeoTools. */
    private static double geodesicArea(Polygon polygon) {
        PolygonArea area = new PolygonArea(new Geodesic(Geodesy.CGCS2000_A, Geodesy.CGCS2000_F), false);
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length - 1; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        return Math.abs(area.Compute().area);
    }
}
