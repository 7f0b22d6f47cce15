package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Village;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rural villages of Chongqing from the shipped {@code gis-data/chongqing/regions.csv} (real codes,
 * synthetic points and population; see gis-data/README.md).
 */
public final class ChongqingVillages {

    /** Classpath location of the file (the build copies gis-data onto the classpath). */
    public static final String RESOURCE = "/gis-data/chongqing/regions.csv";
    /** Code prefix of 潼南区. */
    public static final String TONGNAN = "500152";

    private ChongqingVillages() {
    }

    /** All 7,946 rural villages, from the file in the working directory or else from the classpath. */
    public static List<Village> load() {
        Path file = Path.of("gis-data/chongqing/regions.csv");
        try {
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return parse(reader);
                }
            }
            InputStream stream = ChongqingVillages.class.getResourceAsStream(RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("regions.csv is neither at " + file + " nor on the classpath");
            }
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                return parse(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rural villages whose code starts with {@code prefix} (e.g. a county code). */
    public static List<Village> withPrefix(List<Village> villages, String prefix) {
        return villages.stream().filter(v -> v.code().startsWith(prefix)).toList();
    }

    static List<Village> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Village> villages = new ArrayList<>(8000);
        for (CSVRecord row : format.parse(reader)) {
            if ("VILLAGE".equals(row.get("level")) && "true".equals(row.get("rural"))) {
                villages.add(new Village(row.get("code"), row.get("parent_code"), Double.parseDouble(row.get("lon")),
                    Double.parseDouble(row.get("lat")), Integer.parseInt(row.get("population")),
                    "true".equals(row.get("former_poverty"))));
            }
        }
        return villages;
    }
}
