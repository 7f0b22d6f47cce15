package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the analysis core free of the framework, the database and HTTP: only the JDK, the geodesy
 * helper and the maths/geometry libraries may be imported (like library's NoSpringInDomainLogicTest).
 */
class CoreIsPlainJavaTest {

    private static final Path CORE = Path.of("src/main/java/cn/ruralcommerce/stations/coverage/core");
    private static final List<String> ALLOWED = List.of("java.", "cn.ruralcommerce.stations.coverage.core.",
        "cn.ruralcommerce.stations.gis.Geodesy", "net.sf.geographiclib.", "org.locationtech.jts.",
        "org.apache.commons.math3.");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern FRAMEWORK = Pattern.compile("\\b(io\\.micronaut|jakarta\\.|javax\\.|java\\.sql)");

    @Test
    void coreImportsOnlyPlainLibraries() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(CORE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "found the core sources");
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(2);
                assertTrue(ALLOWED.stream().anyMatch(imported::startsWith), source.getFileName() + " imports " + imported);
            }
            assertEquals(false, FRAMEWORK.matcher(text).find(), source.getFileName() + " mentions a framework package");
        }
    }
}
