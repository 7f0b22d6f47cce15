package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.audit.AuditEntry;
import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportRejectedException;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.imports.SheetUpload;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.FieldError;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports logistics-node files (CSV or XLSX) as an all-or-nothing upsert by code: parents may come later
 * in the same file; with skipBadRows, rows whose parent was rejected are rejected too. Re-import is a no-op.
 */
@Singleton
public class LogisticsImportService {
    private final NodeContext.Loader contexts;
    private final LogisticsNodeRepository nodes;
    private final Auditor auditor;
    private final ChangeRecorder changes;
    private final Clock clock;

    public LogisticsImportService(NodeContext.Loader contexts, LogisticsNodeRepository nodes, Auditor auditor,
                                  ChangeRecorder changes, Clock clock) {
        this.contexts = contexts;
        this.nodes = nodes;
        this.auditor = auditor;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    @RetryWriteConflicts
    public ImportReport importFile(byte[] content, CoordinateSystem defaultCrs, boolean skipBadRows, boolean dryRun,
                                   CurrentUser caller) {
        SheetUpload upload = SheetUpload.read(content, NodeFileParser.REQUIRED, NodeFileParser.OPTIONAL);
        if (upload.headerRejected()) {
            return upload.rejectHeader(dryRun);
        }
        Sheet sheet = upload.sheet();
        List<FieldError> errors = upload.errors();
        Instant now = clock.instant();
        NodeFileParser parser = new NodeFileParser(defaultCrs, new HashSet<>(sheet.header()));
        Map<String, Sheet.Row> rowOf = new LinkedHashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            String code = row.get("code");
            if (code != null && rowOf.putIfAbsent(code, row) != null) {
                errors.add(FieldError.atRow(row.number(), "code", "编号 " + code + " 在本文件中重复", "duplicate code " + code + " in this file"));
            } else if (code == null) {
                errors.add(FieldError.atRow(row.number(), "code", "必填", "is required"));
            }
        }
        Map<String, LogisticsNode> stored = new HashMap<>();
        NodeContext.chunked(rowOf.keySet(), nodes::findByCodeIn).forEach(n -> stored.put(n.code(), n));
        java.util.Set<String> storedLower = new java.util.HashSet<>();
        NodeContext.chunked(rowOf.keySet().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).distinct().toList(),
                nodes::findCodesByLowerCodeIn).forEach(c -> storedLower.add(c.toLowerCase(java.util.Locale.ROOT)));
        Map<String, LogisticsNode> candidates = new LinkedHashMap<>();
        for (Sheet.Row row : rowOf.values()) {
            try {
                LogisticsNode stored1 = stored.get(row.get("code"));
                if (stored1 == null && storedLower.contains(row.get("code").toLowerCase(java.util.Locale.ROOT))) {
                    throw new RowException("code", "已有仅大小写不同的节点编号（编号不区分大小写）");
                }
                LogisticsNode node = parser.toNode(row, stored1, now);
                if (stored1 != null && !caller.mayWriteInCounty(stored1.countyCode())) {
                    throw new RowException("code", "节点 " + node.code() + " 属于区县 " + stored1.countyCode() + "，您无权修改", "node " + node.code() + " is in county " + stored1.countyCode() + ", where you may not write");
                }
                if (!caller.mayWriteInCounty(node.countyCode())) {
                    throw new RowException("region_code", node.regionCode() + " 不在您可修改的区县内", node.regionCode() + " is outside the county you may write in");
                }
                candidates.put(node.code(), node);
            } catch (RowException e) {
                errors.add(FieldError.atRow(row.number(), e.field(), e.getMessage(), e.messageEn()));
            }
        }
        new NodeImportCheck(contexts, nodes).run(candidates, stored, rowOf, errors);
        List<LogisticsNode> inserts = new ArrayList<>();
        List<LogisticsNode> updates = new ArrayList<>();
        int unchanged = 0;
        for (LogisticsNode node : candidates.values()) {
            LogisticsNode before = stored.get(node.code());
            if (before == null) {
                inserts.add(node);
            } else if (before.sameAs(node)) {
                unchanged++;
            } else {
                updates.add(node);
            }
        }
        errors.sort(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row()));
        int skipped = (int) errors.stream().map(FieldError::row).distinct().count();
        ImportReport report = new ImportReport(inserts.size(), updates.size(), unchanged, skipped, dryRun, errors);
        if (!errors.isEmpty() && !skipBadRows && !dryRun) {
            throw new ImportRejectedException(report, "skipBadRows", "row");
        }
        if (!dryRun) {
            write(inserts, updates, stored, caller);
        }
        return report;
    }

    private void write(List<LogisticsNode> inserts, List<LogisticsNode> updates, Map<String, LogisticsNode> stored, CurrentUser caller) {
        nodes.saveAll(inserts);
        nodes.updateAll(updates);
        List<AuditEntry> audit = new ArrayList<>();
        Map<String, String> touched = new LinkedHashMap<>();
        for (LogisticsNode n : inserts) {
            audit.add(auditor.entry(caller.username(), "IMPORT_CREATE", "LOGISTICS_NODE", n.code(), n.countyCode(), null, n));
            touched.put(n.code(), n.countyCode());
        }
        for (LogisticsNode n : updates) {
            audit.add(auditor.entry(caller.username(), "IMPORT_UPDATE", "LOGISTICS_NODE", n.code(), n.countyCode(), stored.get(n.code()), n));
            touched.put(n.code(), n.countyCode());
        }
        auditor.recordAll(audit);
        changes.record(ChangeRecorder.LOGISTICS_NODE, touched);
    }
}
