package cn.ruralcommerce.stations.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's statistics classes import only the JDK, Commons Math and the station status enum: no framework, no database. */
class ReportStatisticsArePlainJavaTest {
    private static final Path DIR = Path.of("src/main/java/cn/ruralcommerce/stations/report");
    private static final List<String> PURE = List.of("LifecycleTally", "MonthlyTrend", "StationAppraisal", "CountyComparison", "SalesIndicators");
    private static final List<String> ALLOWED = List.of("java.", "org.apache.commons.math3.", "cn.ruralcommerce.stations.station.StationStatus");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void statisticsImportOnlyPlainLibraries() throws IOException {
        for (String name : PURE) {
            String text = Files.readString(DIR.resolve(name + ".java"));
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(2);
                assertTrue(ALLOWED.stream().anyMatch(imported::startsWith), name + " imports " + imported);
            }
            assertTrue(!text.contains("@Singleton") && !text.contains("io.micronaut"), name + " mentions the framework");
        }
    }
}
