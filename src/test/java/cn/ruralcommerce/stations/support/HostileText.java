package cn.ruralcommerce.stations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Text an attacker or a careless spreadsheet puts into fields: SQL, HTML/script, formula-looking cells,
 * control characters, and a string one character longer than the widest VARCHAR column of the schema.
 */
public final class HostileText {
    public static final List<String> SQL = List.of("' OR 1=1 --", "'; DROP TABLE station; --", "\" OR \"\"=\"");
    public static final List<String> HTML = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    public static final List<String> FORMULA = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1)");
    public static final List<String> CONTROL = List.of("a\u0000b", "bell\u0007", "esc\u001b[31m");
    /** Safe for a text field: stored verbatim when accepted. */
    public static final List<String> INJECTION = Stream.of(SQL, HTML, FORMULA).flatMap(List::stream).toList();

    private HostileText() {
    }

    /** One character more than the widest VARCHAR in migrations/: no text column can take it. */
    public static String overlong() {
        return "长".repeat(widestVarchar() + 1);
    }

    static int widestVarchar() {
        Pattern varchar = Pattern.compile("VARCHAR\\((\\d+)\\)");
        int widest = 0;
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            for (Path file : files.toList()) {
                Matcher m = varchar.matcher(Files.readString(file));
                while (m.find()) {
                    widest = Math.max(widest, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return widest;
    }
}
