package cn.ruralcommerce.stations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's main Java sources and SQL migrations as text, for static checks run from the module root. */
public final class SourceFiles {
    public static final Path MAIN_JAVA = Path.of("src/main/java");
    public static final Path MIGRATIONS = Path.of("migrations");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CONCATENATION = Pattern.compile("\"\\s*\\+\\s*\"");

    private SourceFiles() {
    }

    /** A file's path and its text. */
    public record Source(Path path, String text) {
    }

    public static List<Source> under(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                sources.add(new Source(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
            if (sources.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " under " + root.toAbsolutePath());
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals of Java source, with literals joined by {@code +} merged into one. */
    public static List<String> stringLiterals(String javaSource) {
        List<String> literals = new ArrayList<>();
        Matcher matcher = STRING_LITERAL.matcher(CONCATENATION.matcher(javaSource).replaceAll(""));
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        return literals;
    }
}
