package cn.ruralcommerce.stations.archive;

import java.util.List;

/**
 * One table of a county archive: its file, its columns in file order, the key columns that identify a row
 * across databases, and the condition selecting the county's rows ({@code ?} is the county code).
 * {@code countyColumn} (or null) must hold the archive's county in every row; {@code stationColumn}
 * (or null) must name a station of the archive.
 */
record ArchiveTable(String file, String table, List<ArchiveColumn> columns, List<String> key, String countyCondition,
                    String countyColumn, String stationColumn) {

    String selectSql() {
        return "SELECT " + String.join(", ", names()) + " FROM " + table + " WHERE " + countyCondition
                + " ORDER BY " + String.join(", ", key);
    }

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", names()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    List<String> names() {
        return columns.stream().map(ArchiveColumn::name).toList();
    }

    int indexOf(String column) {
        return names().indexOf(column);
    }

    /** The key of a row given as cell texts in column order, as one string. */
    String keyOf(List<String> cells) {
        return String.join("\u0000", key.stream().map(k -> nullToEmpty(cells.get(indexOf(k)))).toList());
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
