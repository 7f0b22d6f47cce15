package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic national-size set of rural villages (about 480,000 around about 40,000 township centres)
 * spread over China's extent with China-like density: dense south-east of the Hu line (胡焕庸线,
 * Heihe–Tengchong), sparse north-west of it. Not real geography; deterministic for a seed.
 */
public final class NationalVillages {

    /** Rural administrative villages nationally, about. */
    public static final int DEFAULT_COUNT = 480_000;

    // extent, degrees: roughly China's populated bounding box
    private static final double MIN_LON = 75;
    private static final double MAX_LON = 134;
    private static final double MIN_LAT = 18.5;
    private static final double MAX_LAT = 53;
    // the Hu line from Tengchong to Heihe, lon/lat degrees
    private static final double HU_LON0 = 98.5;
    private static final double HU_LAT0 = 25.0;
    private static final double HU_LON1 = 127.5;
    private static final double HU_LAT1 = 50.2;

    private NationalVillages() {
    }

    /** {@code count} villages, 4–20 per township (12 on average), township centres drawn by density. */
    public static List<Village> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Village> villages = new ArrayList<>(count);
        for (int township = 0; villages.size() < count; township++) {
            double lon;
            double lat;
            do {
                lon = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
                lat = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            } while (random.nextDouble() >= density(lon, lat));
            // 12-digit-like codes: a 6-digit pseudo county of 30 townships, township 100..129, village 200..
            String code = String.format("%06d%03d", 100_000 + township / 30, 100 + township % 30);
            int size = Math.min(4 + random.nextInt(17), count - villages.size());
            villages.addAll(SyntheticVillages.aroundTownship(code, lon, lat, size, random));
        }
        return villages;
    }

    /** Relative density of township centres, 0..1. */
    private static double density(double lon, double lat) {
        double side = (HU_LON1 - HU_LON0) * (lat - HU_LAT0) - (HU_LAT1 - HU_LAT0) * (lon - HU_LON0);
        if (side > 0) {
            return 0.06; // north-west of the Hu line: about 6 % of the south-east's density
        }
        if (lat > 45 && lon < 120) {
            return 0.1; // the Mongolian plateau
        }
        return 1;
    }
}
