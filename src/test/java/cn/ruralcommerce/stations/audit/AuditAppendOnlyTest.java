package cn.ruralcommerce.stations.audit;

import cn.ruralcommerce.stations.support.SourceFiles;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log is append-only: no SQL in the main sources or migrations updates, deletes, truncates or
 * replaces audit_log rows, and {@link AuditRepository} offers no method that could.
 */
class AuditAppendOnlyTest {
    /** A statement that changes or removes existing audit_log rows (or the table). */
    static final Pattern MODIFIES_AUDIT = Pattern.compile(
            "\\b(UPDATE|DELETE\\s+FROM|DELETE|TRUNCATE(\\s+TABLE)?|REPLACE(\\s+INTO)?|DROP\\s+TABLE|ALTER\\s+TABLE)\\s+`?audit_log\\b"
                    + "|\\bINSERT\\s+INTO\\s+`?audit_log\\b[^;]*\\bON\\s+DUPLICATE\\s+KEY\\s+UPDATE\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE_METHOD = Pattern.compile("^(update|delete|remove|merge|upsert).*");

    @Test
    void noSqlInTheSourcesOrMigrationsModifiesTheAuditLog() {
        List<String> offences = new ArrayList<>();
        for (SourceFiles.Source source : SourceFiles.under(SourceFiles.MAIN_JAVA, ".java")) {
            SourceFiles.stringLiterals(source.text()).stream().filter(s -> MODIFIES_AUDIT.matcher(s).find())
                    .forEach(s -> offences.add(source.path() + ": " + s));
        }
        for (SourceFiles.Source migration : SourceFiles.under(SourceFiles.MIGRATIONS, ".sql")) {
            if (MODIFIES_AUDIT.matcher(migration.text()).find()) {
                offences.add(migration.path().toString());
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void thePatternCatchesEveryKindOfModification() {
        for (String sql : List.of("UPDATE audit_log SET username = 'x'", "delete from audit_log where id = 1",
                "DELETE audit_log FROM audit_log", "TRUNCATE TABLE audit_log", "truncate audit_log",
                "REPLACE INTO audit_log VALUES (1)", "INSERT INTO audit_log (id) VALUES (1) ON DUPLICATE KEY UPDATE id = 2")) {
            assertTrue(MODIFIES_AUDIT.matcher(sql).find(), sql);
        }
        assertFalse(MODIFIES_AUDIT.matcher("INSERT INTO audit_log (id) VALUES (?)").find());
        assertFalse(MODIFIES_AUDIT.matcher("SELECT * FROM audit_log").find());
    }

    @Test
    void theRepositoryOffersOnlyInsertsAndReads() {
        List<String> writes = Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName)
                .filter(name -> WRITE_METHOD.matcher(name.toLowerCase(Locale.ROOT)).matches()).sorted().toList();
        assertEquals(List.of(), writes, "AuditRepository must not update or delete");
        assertEquals(List.of(GenericRepository.class), List.of(AuditRepository.class.getInterfaces()),
                "no CrudRepository (or other) parent that brings update/delete");
        assertTrue(Arrays.stream(AuditRepository.class.getMethods()).anyMatch(m -> m.getName().equals("save")));
    }
}
