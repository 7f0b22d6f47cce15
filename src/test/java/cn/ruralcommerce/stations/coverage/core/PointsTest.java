package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ruralcommerce.stations.gis.Geodesy;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The chord bounds the geodesic as the filters assume.
 */
class PointsTest {

    @Test
    void chordIsATightLowerBoundOfTheGeodesicUpTo100Kilometres() {
        SplittableRandom random = new SplittableRandom(3);
        double[] a = new double[3];
        double[] b = new double[3];
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = -180 + random.nextDouble() * 360;
            double lat = -70 + random.nextDouble() * 140;
            double metres = Math.pow(10, random.nextDouble() * 5); // 1 m .. 100 km
            double[] to = CoverageFixture.direct(lon, lat, random.nextDouble() * 360, metres);
            Points.ecef(lon, lat, a, 0);
            Points.ecef(to[0], to[1], b, 0);
            double chord = Points.chord(a, 0, b, 0);
            double geodesic = Geodesy.distanceMetres(lon, lat, to[0], to[1]);
            assertTrue(Points.lowerBound(chord) <= geodesic, "chord " + chord + " above geodesic " + geodesic);
            if (chord <= Points.CHORD_VALID_METRES) {
                assertTrue(geodesic <= Points.upperBound(chord), "geodesic " + geodesic + " chord " + chord);
            }
            worst = Math.max(worst, (geodesic - chord) / geodesic);
        }
        // theory: c^2 / (24 rho^2) <= 1.04e-5 at 100 km
        assertTrue(worst < 1.1e-5, "worst relative excess " + worst);
    }
}
