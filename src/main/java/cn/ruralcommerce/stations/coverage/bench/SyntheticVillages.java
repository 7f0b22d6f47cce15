package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Deterministic synthetic rural villages for tests and benchmarks: uniform in a box, or clustered around
 * township centres; population roughly log-normal (median about 1,800) and about a quarter former-poverty.
 */
public final class SyntheticVillages {

    private SyntheticVillages() {
    }

    /**
     * {@code n} villages uniformly in the lon/lat box (degrees); township code = the 0.1° cell a village
     * falls in, so summaries have several townships.
     */
    public static List<Village> inBox(long seed, int n, double minLon, double minLat, double maxLon,
                                      double maxLat) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Village> villages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = minLon + random.nextDouble() * (maxLon - minLon);
            double lat = minLat + random.nextDouble() * (maxLat - minLat);
            String township = "T" + (int) Math.floor(lon * 10) + "_" + (int) Math.floor(lat * 10);
            villages.add(village(String.format("V%07d", i), township, lon, lat, random));
        }
        return villages;
    }

    /**
     * Villages of one township: {@code count} points 1.5–6 km from the centre (degrees) in random directions,
     * coded {@code townshipCode + three digits}.
     */
    public static List<Village> aroundTownship(String townshipCode, double lon, double lat, int count,
                                               SplittableRandom random) {
        List<Village> villages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeodesicData p = Geodesic.WGS84.Direct(lat, lon, random.nextDouble(360), 1500 + random.nextDouble(4500));
            villages.add(village(townshipCode + String.format("%03d", 200 + i), townshipCode, p.lon2, p.lat2, random));
        }
        return villages;
    }

    private static Village village(String code, String township, double lon, double lat, SplittableRandom random) {
        // log-normal population, median 1,800, clamped to 300..6,000 persons, rounded to tens
        double population = 1800 * Math.exp(0.45 * gaussian(random));
        int persons = (int) Math.round(Math.max(300, Math.min(6000, population)) / 10) * 10;
        return new Village(code, township, lon, lat, persons, random.nextDouble() < 0.25);
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
