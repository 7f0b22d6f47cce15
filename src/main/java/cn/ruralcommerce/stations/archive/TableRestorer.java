package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores one archive file into its table: a row already stored with the same content is left alone, a
 * missing row is inserted with its ids and keys, and a row whose key is stored with other content (or
 * taken by another county) is refused, never overwritten.
 */
final class TableRestorer {
    private TableRestorer() {
    }

    /** The result for the file, with the rows it inserted; throws a 400 naming the row on a conflict. */
    static RestoreReport.FileResult restore(Connection connection, ArchiveRows file, String county,
                                            List<ArchiveRows.Row> inserted) throws SQLException {
        ArchiveTable table = file.table();
        Map<String, List<String>> stored = new HashMap<>();
        for (List<Object> row : TableReader.rows(connection, table, county)) {
            List<String> cells = row.stream().map(TableReader::text).toList();
            stored.put(table.keyOf(cells), cells);
        }
        int unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (ArchiveRows.Row row : file.rows()) {
                List<String> existing = stored.get(table.keyOf(row.cells()));
                if (existing == null) {
                    insert(insert, table, row);
                    inserted.add(row);
                } else if (existing.equals(row.cells())) {
                    unchanged++;
                } else {
                    throw conflict(table, row, "与库中同一键的记录在列 " + firstDifference(table, existing, row.cells())
                            + " 不同；恢复不会覆盖已有数据");
                }
            }
        }
        return new RestoreReport.FileResult(table.file(), file.rows().size(), file.rows().size() - unchanged, unchanged);
    }

    private static void insert(PreparedStatement insert, ArchiveTable table, ArchiveRows.Row row) {
        try {
            for (int c = 0; c < table.columns().size(); c++) {
                table.columns().get(c).type().bind(insert, c + 1, row.values().get(c));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw conflict(table, row, "无法保存（其 id 或唯一键已被占用，可能属于其他区县）");
        }
    }

    private static String firstDifference(ArchiveTable table, List<String> stored, List<String> archived) {
        for (int c = 0; c < stored.size(); c++) {
            if (!stored.get(c).equals(archived.get(c))) {
                return table.names().get(c);
            }
        }
        return "?";
    }

    private static ApiException conflict(ArchiveTable table, ArchiveRows.Row row, String message) {
        return ApiException.badFields(List.of(FieldError.atLine(row.line(), table.file() + "/" + String.join("+", table.key()),
                message)));
    }
}
