package cn.ruralcommerce.stations.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a county's rows of an archived table in key order, each value in its canonical form. */
final class TableReader {
    private TableReader() {
    }

    static List<List<Object>> rows(Connection connection, ArchiveTable table, String county) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(table.selectSql())) {
            ps.setString(1, county);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(table.columns().size());
                    for (int c = 0; c < table.columns().size(); c++) {
                        row.add(table.columns().get(c).type().read(rs, c + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The text a value has in an archive cell: empty for null. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
