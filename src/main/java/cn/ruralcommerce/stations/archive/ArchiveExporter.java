package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.imports.SheetWriter;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a county archive (区县数据归档): one CSV per table of {@link ArchiveTables}, read in one transaction, and a manifest. */
@Singleton
public class ArchiveExporter {
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;
    private final Clock clock;

    public ArchiveExporter(TransactionOperations<Connection> transactions, ObjectMapper json, Clock clock) {
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** The ZIP bytes of the county's archive. */
    public byte[] export(String county) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ArchiveManifest.FileEntry> entries = new ArrayList<>();
        ArchiveReferences references = new ArchiveReferences();
        transactions.executeRead(status -> {
            for (ArchiveTable table : ArchiveTables.ALL) {
                List<List<Object>> rows = read(status.getConnection(), table, county);
                rows.forEach(row -> references.add(table, row.stream().map(TableReader::text).toList(), 0));
                byte[] csv = SheetWriter.csv(table.names(), rows);
                files.put(table.file(), csv);
                entries.add(new ArchiveManifest.FileEntry(table.file(), rows.size(), ArchiveManifest.sha256(csv)));
            }
            return null;
        });
        String generatedAt = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT_VERSION, county, generatedAt, entries,
                List.copyOf(references.regionCodes()), List.copyOf(references.categoryCodes()));
        Map<String, byte[]> packed = new LinkedHashMap<>();
        packed.put(ArchiveManifest.NAME, manifestBytes(manifest));
        packed.putAll(files);
        return ArchiveZip.pack(packed);
    }

    private static List<List<Object>> read(Connection connection, ArchiveTable table, String county) {
        try {
            return TableReader.rows(connection, table, county);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table.table() + ": " + e.getMessage(), e);
        }
    }

    private byte[] manifestBytes(ArchiveManifest manifest) {
        try {
            return json.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
