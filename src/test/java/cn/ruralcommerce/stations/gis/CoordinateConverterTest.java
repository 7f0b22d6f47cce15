package cn.ruralcommerce.stations.gis;

import static cn.ruralcommerce.stations.gis.CoordinateSystem.BD09;
import static cn.ruralcommerce.stations.gis.CoordinateSystem.CGCS2000;
import static cn.ruralcommerce.stations.gis.CoordinateSystem.GCJ02;
import static cn.ruralcommerce.stations.gis.CoordinateSystem.WGS84;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinateConverterTest {

    /** Reference vectors must agree within a metre. */
    private static final double REFERENCE_TOLERANCE_M = 1.0;

    /*
     * WGS-84 -> GCJ-02 pairs from googollee/eviltransform (go/transform_test.go; the same table is in
     * javascript/test.js and python/test.py), there given as lat, lng; reordered here to lon, lat.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "shanghai, 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597",
        "shenzhen, 113.912316, 22.543847, 113.9171764808363, 22.540796131694766",
        "beijing, 116.377817, 39.911954, 116.38404722455657, 39.91334545536069"
    })
    void gcj02MatchesEviltransformVectorsBothWays(String place, double wgsLon, double wgsLat, double gcjLon, double gcjLat) {
        LonLat gcj = CoordinateConverter.fromCgcs2000(LonLat.of(wgsLon, wgsLat), GCJ02);
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(gcjLon, gcjLat), gcj);
        // eviltransform itself only asks 0.5 m of its exact inverse; ours is iterated to 1e-10 degree
        LonLat wgs = CoordinateConverter.toCgcs2000(gcjLon, gcjLat, GCJ02);
        assertWithin(0.01, LonLat.of(wgsLon, wgsLat), wgs);
    }

    /*
     * Forward vectors for the point (114.363089, 30.517411) in Wuhan from feiquan123/coordtransform-go
     * (coordtransform_test.go: expWGS84toGCJ02, expGCJ02toBD09, expWGS84toBD09), lon, lat order.
     */
    @Test
    void forwardOffsetsMatchCoordtransformGoVectors() {
        double lon = 114.363089;
        double lat = 30.517411;
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(114.36861383019243, 30.515078352018758),
                array(ChinaMapOffsets.wgsToGcj(lon, lat)));
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(114.36951652929112, 30.523754384540837),
                array(ChinaMapOffsets.gcjToBd(lon, lat)));
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(114.3750500836037, 30.521392123098003),
                CoordinateConverter.fromCgcs2000(LonLat.of(lon, lat), BD09));
    }

    /*
     * BD-09 -> GCJ-02 from the same file (expBD09toGCJ02). That library uses the one-step inverse
     * formula, so the vector carries that formula's own error; ours is the exact inverse.
     */
    @Test
    void bd09InverseMatchesCoordtransformGoVector() {
        double[] gcj = ChinaMapOffsets.bdToGcj(114.363089, 30.517411);
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(114.356659806424, 30.511068245460944), array(gcj));
        double[] back = ChinaMapOffsets.gcjToBd(gcj[0], gcj[1]);
        assertWithin(0.001, LonLat.of(114.363089, 30.517411), array(back));
    }

    /*
     * BD-09 vectors from dromara/hutool (hutool-core CoordinateUtilTest: gcj02ToBd09Test,
     * bd09toGcj02Test, wgs84toBd09Test2), which takes them from wandergis/coordtransform. Hutool's
     * BD-09 -> GCJ-02 is the one-step formula; at this point it is 5 cm from the exact inverse.
     * (eviltransform's python TESTS_bd are not used: they were made with sin(y*pi) instead of
     * sin(y*x_pi) and sit 10-40 m away from the standard BD-09.)
     */
    @Test
    void bd09MatchesHutoolVectors() {
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(116.41036949371029, 39.92133699351022),
                array(ChinaMapOffsets.gcjToBd(116.404, 39.915)));
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(116.39762729119315, 39.90865673957631),
                array(ChinaMapOffsets.bdToGcj(116.404, 39.915)));
        assertWithin(REFERENCE_TOLERANCE_M, LonLat.of(123.00636516028885, 45.00636909189589),
                CoordinateConverter.fromCgcs2000(LonLat.of(122.99395597, 44.99804071), BD09));
    }

    @Test
    void roundTripsWithinACentimetreAcrossChongqing() {
        double worstGcj = 0;
        double worstBd = 0;
        for (double lon = 105.3; lon <= 110.2; lon += 0.07) {
            for (double lat = 28.2; lat <= 32.2; lat += 0.05) {
                LonLat wgs = LonLat.of(lon, lat);
                LonLat viaGcj = CoordinateConverter.toCgcs2000(CoordinateConverter.fromCgcs2000(wgs, GCJ02), GCJ02);
                LonLat viaBd = CoordinateConverter.toCgcs2000(CoordinateConverter.fromCgcs2000(wgs, BD09), BD09);
                worstGcj = Math.max(worstGcj, Geodesy.distanceMetres(wgs, viaGcj));
                worstBd = Math.max(worstBd, Geodesy.distanceMetres(wgs, viaBd));
            }
        }
        assertTrue(worstGcj < 0.01, "worst GCJ-02 round trip " + worstGcj + " m");
        assertTrue(worstBd < 0.01, "worst BD-09 round trip " + worstBd + " m");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Yuzhong (central Chongqing), 106.57, 29.55",
        "Wanzhou, 108.41, 30.81",
        "Qianjiang, 108.77, 29.53",
        "Chengkou, 108.66, 31.95"
    })
    void offsetsInChongqingHaveTheDocumentedSize(String place, double lon, double lat) {
        LonLat point = LonLat.of(lon, lat);
        double gcjOffset = Geodesy.distanceMetres(point, CoordinateConverter.fromCgcs2000(point, GCJ02));
        double bdOffset = Geodesy.distanceMetres(point, CoordinateConverter.fromCgcs2000(point, BD09));
        assertTrue(gcjOffset > 450 && gcjOffset < 600, place + " GCJ-02 offset " + gcjOffset + " m");
        assertTrue(bdOffset > 800 && bdOffset < 1300, place + " BD-09 offset " + bdOffset + " m");
    }

    @Test
    void pointsOutsideChinaAreUnchanged() {
        LonLat tokyo = LonLat.of(139.767, 35.681);
        LonLat london = LonLat.of(-0.1276, 51.5072);
        for (CoordinateSystem system : CoordinateSystem.values()) {
            assertEquals(tokyo, CoordinateConverter.fromCgcs2000(tokyo, system));
            assertEquals(tokyo, CoordinateConverter.toCgcs2000(tokyo, system));
            assertEquals(london, CoordinateConverter.toCgcs2000(london, system));
        }
    }

    @Test
    void cgcs2000AndWgs84AreTheIdentity() {
        LonLat p = LonLat.of(106.55, 29.56);
        assertEquals(p, CoordinateConverter.toCgcs2000(p, WGS84));
        assertEquals(p, CoordinateConverter.toCgcs2000(p, CGCS2000));
        assertEquals(p, CoordinateConverter.fromCgcs2000(p, WGS84));
    }

    @Test
    void rejectsBadInputNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoordinateConverter.toCgcs2000(29.56, 106.55, GCJ02));
        assertTrue(e.getMessage().startsWith("纬度（lat）"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CoordinateConverter.toCgcs2000(106.55, 29.56, null));
    }

    private static LonLat array(double[] lonLat) {
        return LonLat.of(lonLat[0], lonLat[1]);
    }

    private static void assertWithin(double metres, LonLat expected, LonLat actual) {
        double d = Geodesy.distanceMetres(expected, actual);
        assertTrue(d <= metres, actual + " is " + d + " m from " + expected + ", more than " + metres + " m");
    }
}
