package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a county archive (归档恢复) in one transaction, all or nothing: checks the archive, requires the
 * shared divisions and categories it references, inserts the rows the database lacks, leaves identical rows
 * alone, refuses changed ones, records the stations and nodes in the change log and writes one audit entry.
 */
@Singleton
public class ArchiveRestorer {
    public static final String AUDIT_ENTITY = "COUNTY_ARCHIVE";

    private final ArchiveReader reader;
    private final TransactionOperations<Connection> transactions;
    private final ChangeRecorder changes;
    private final Auditor auditor;

    public ArchiveRestorer(ArchiveReader reader, TransactionOperations<Connection> transactions, ChangeRecorder changes,
                           Auditor auditor) {
        this.reader = reader;
        this.transactions = transactions;
        this.changes = changes;
        this.auditor = auditor;
    }

    @RetryWriteConflicts
    public RestoreReport restore(byte[] zip, String county, CurrentUser caller) {
        ArchiveReader.Content content = reader.read(zip, county);
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                SharedReferences.requirePresent(connection, county, content.references());
                List<RestoreReport.FileResult> results = new ArrayList<>();
                for (ArchiveRows file : content.files()) {
                    List<ArchiveRows.Row> inserted = new ArrayList<>();
                    results.add(TableRestorer.restore(connection, file, county, inserted));
                    recordNetworkChanges(file.table(), inserted, county);
                }
                RestoreReport report = new RestoreReport(county, results);
                auditor.record(caller.username(), "RESTORE", AUDIT_ENTITY, county, county, null, report);
                return report;
            } catch (SQLException e) {
                throw new IllegalStateException("restore of county " + county + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** Inserted stations and nodes go to the change log, so every instance refreshes its coverage index. */
    private void recordNetworkChanges(ArchiveTable table, List<ArchiveRows.Row> inserted, String county) {
        String entityType = switch (table.table()) {
            case "station" -> ChangeRecorder.STATION;
            case "logistics_node" -> ChangeRecorder.LOGISTICS_NODE;
            default -> null;
        };
        if (entityType == null || inserted.isEmpty()) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        int code = table.indexOf("code");
        inserted.forEach(row -> codes.put(row.cells().get(code), county));
        changes.record(entityType, codes);
    }
}
