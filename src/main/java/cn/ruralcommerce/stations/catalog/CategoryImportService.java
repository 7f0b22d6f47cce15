package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.imports.ImportRejectedException;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.FieldError;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports category files (品类导入) as an all-or-nothing upsert by code: unchanged rows are left
 * alone and re-importing a file changes nothing; a parent must exist or come in the same file.
 */
@Singleton
public class CategoryImportService {
    private final CategoryRepository categories;
    private final CatalogService catalog;
    private final Auditor auditor;
    private final Clock clock;

    public CategoryImportService(CategoryRepository categories, CatalogService catalog, Auditor auditor, Clock clock) {
        this.catalog = catalog;
        this.categories = categories;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Transactional
    @RetryWriteConflicts
    public ImportReport importFile(byte[] content, boolean skipBadLines, boolean dryRun, String username) {
        CategoryFileParser.Result parsed = new CategoryFileParser().parse(content);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Map<String, Category> existing = new HashMap<>();
        categories.findAll().forEach(c -> existing.put(c.code(), c));
        List<CategoryRow> accepted = checkParents(parsed, existing, errors);
        errors.sort(Comparator.comparing(e -> e.line() != null ? e.line() : e.row() != null ? e.row() : 0));
        if (!errors.isEmpty() && !skipBadLines) {
            throw new ImportRejectedException(new ImportReport(0, 0, 0, errors.size(), dryRun, errors));
        }
        Instant now = clock.instant();
        List<Category> inserts = new ArrayList<>();
        List<Category> updates = new ArrayList<>();
        int unchanged = 0;
        for (CategoryRow row : accepted) {
            Category current = existing.get(row.code());
            Category next = new Category(row.code(), row.name(), row.level(), row.parentCode(), PinyinInitials.of(row.name()), now);
            if (current == null) {
                inserts.add(next);
            } else if (current.sameAs(row)) {
                unchanged++;
            } else {
                updates.add(next);
            }
        }
        int skipped = (int) errors.stream().map(e -> e.line() != null ? e.line() : e.row()).distinct().count();
        ImportReport report = new ImportReport(inserts.size(), updates.size(), unchanged, skipped, dryRun, errors);
        if (!dryRun && !(inserts.isEmpty() && updates.isEmpty())) {
            categories.saveAll(inserts);
            categories.updateAll(updates);
            catalog.taxonomyChanged();
            auditor.record(username, "IMPORT", "CATEGORY", "file", null, null, report);
        }
        return report;
    }

    /** Keeps rows whose parent is known with the right level, parents first; a stored code keeps its level. */
    private static List<CategoryRow> checkParents(CategoryFileParser.Result parsed, Map<String, Category> existing, List<FieldError> errors) {
        List<CategoryRow> sorted = new ArrayList<>(parsed.rows());
        sorted.sort(Comparator.comparing((CategoryRow r) -> r.level().ordinal()).thenComparing(CategoryRow::position));
        Map<String, CategoryLevel> known = new HashMap<>();
        existing.values().forEach(c -> known.put(c.code(), c.level()));
        List<CategoryRow> accepted = new ArrayList<>();
        for (CategoryRow row : sorted) {
            String problem = null;
            String field = "parent_code";
            if (row.parentCode() != null && !known.containsKey(row.parentCode())) {
                problem = "上级 " + row.parentCode() + " 不存在（数据库中没有，本文件中也未通过）";
            } else if (row.parentCode() != null && known.get(row.parentCode()) != row.level().parent()) {
                problem = row.level() + " 的上级须为 " + row.level().parent() + "，但 " + row.parentCode() + " 是 " + known.get(row.parentCode());
            } else if (existing.containsKey(row.code()) && existing.get(row.code()).level() != row.level()) {
                field = "level";
                problem = "编码 " + row.code() + " 已存为 " + existing.get(row.code()).level();
            }
            if (problem != null) {
                errors.add(parsed.spreadsheet() ? FieldError.atRow(row.position(), field, problem)
                        : FieldError.atLine(row.position(), field, problem));
                continue;
            }
            known.put(row.code(), row.level());
            accepted.add(row);
        }
        return accepted;
    }
}
