package cn.ruralcommerce.stations.config;

import cn.ruralcommerce.stations.support.SourceFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL stays in the subset that H2 (MODE=MySQL), MySQL, MariaDB and distributed MySQL-compatible engines
 * such as TiDB all run: no spatial or full-text indexes and types, no JSON or DATE_FORMAT functions, no
 * triggers, stored routines, events, table locks or named locks, in the migrations and in SQL strings of
 * the main sources (@Query values and JDBC statements).
 */
class SqlSubsetTest {
    static final Pattern FORBIDDEN = Pattern.compile("\\b(SPATIAL|\\w+\\s+(GEOMETRY|GEOMETRYCOLLECTION|POINT|POLYGON|LINESTRING"
            + "|MULTI\\w+)\\s*(NOT\\b|NULL\\b|SRID\\b|,|\\)|$)|POINT\\s*\\(|POLYGON\\s*\\(|ST_[A-Z_]+\\s*\\(|JSON_[A-Z_]+\\s*\\(|JSON_TABLE|->>|DATE_FORMAT\\s*\\(|STR_TO_DATE\\s*\\(|"
            + "TRIGGER|PROCEDURE|FUNCTION\\s+\\w+\\s*\\(|CREATE\\s+EVENT|FULLTEXT|MATCH\\s*\\(.*\\)\\s*AGAINST|LOCK\\s+TABLES?|"
            + "GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(|SQL_CALC_FOUND_ROWS|FOUND_ROWS\\s*\\(|LOAD\\s+DATA|"
            + "CREATE\\s+TEMPORARY|AUTO_INCREMENT\\s*=|PARTITION\\s+BY)",
            Pattern.CASE_INSENSITIVE);
    /** SQL keywords in capitals: a Java string literal holding one is treated as SQL. */
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|REPLACE)\\b");

    @Test
    void migrationsUseThePortableSubset() {
        List<String> offences = new ArrayList<>();
        for (SourceFiles.Source migration : SourceFiles.under(SourceFiles.MIGRATIONS, ".sql")) {
            String[] lines = migration.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String code = lines[i].replaceAll("--.*", "");
                if (FORBIDDEN.matcher(code).find()) {
                    offences.add(migration.path() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void sqlInTheSourcesUsesThePortableSubset() {
        List<String> offences = new ArrayList<>();
        int statements = 0;
        for (SourceFiles.Source source : SourceFiles.under(SourceFiles.MAIN_JAVA, ".java")) {
            for (String literal : SourceFiles.stringLiterals(source.text())) {
                if (SQL.matcher(literal).find()) {
                    statements++;
                    if (FORBIDDEN.matcher(literal).find()) {
                        offences.add(source.path() + ": " + literal);
                    }
                }
            }
        }
        assertTrue(statements > 20, "the scan finds the SQL statements of the sources (" + statements + ")");
        assertEquals(List.of(), offences);
    }

    @Test
    void theForbiddenConstructsAreRecognised() {
        for (String sql : List.of("CREATE SPATIAL INDEX ix ON t (g)", "geom GEOMETRY NOT NULL", "SELECT ST_Distance(a, b)",
                "SELECT JSON_EXTRACT(j, '$.a')", "SELECT DATE_FORMAT(d, '%Y')", "CREATE TRIGGER t BEFORE INSERT",
                "CREATE PROCEDURE p()", "CREATE FULLTEXT INDEX f ON t (c)", "LOCK TABLES t WRITE", "SELECT GET_LOCK('x', 1)",
                "SELECT POINT(1, 2)")) {
            assertTrue(FORBIDDEN.matcher(sql).find(), sql);
        }
        assertFalse(FORBIDDEN.matcher("INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE a = VALUES(a)").find());
        assertFalse(FORBIDDEN.matcher("id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY").find());
    }
}
