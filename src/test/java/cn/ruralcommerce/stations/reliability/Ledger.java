package cn.ruralcommerce.stations.reliability;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** What the database holds, read with plain SQL: the sale entries by key, and the summary tables next to the entries. */
final class Ledger {
    private static final String GROUP = "county_code, day, station_code, village_code, category_code, direction, poverty, channel, unit";
    private static final String ENTRIES_BY_DAY = "SELECT county_code, date_sold AS day, station_code, village_code, category_code,"
            + " direction, poverty, channel, unit, SUM(amount_fen), SUM(quantity), COUNT(*) FROM sale_entry GROUP BY county_code, date_sold,"
            + " station_code, village_code, category_code, direction, poverty, channel, unit";
    private static final String SUMMARY = "SELECT " + GROUP + ", amount_fen, quantity, entries FROM sales_daily_summary";

    final Map<String, Long> idByKey = new HashMap<>();
    final Map<String, String> entriesByDay;
    final Map<String, String> summaryByDay;
    final Map<String, String> lastSaleFromEntries;
    final Map<String, String> lastSaleTable;
    long rows;
    long amountFen;
    BigDecimal quantity = BigDecimal.ZERO;

    Ledger(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT idempotency_key, id, amount_fen, quantity FROM sale_entry")) {
            while (rs.next()) {
                idByKey.put(rs.getString(1), rs.getLong(2));
                rows++;
                amountFen += rs.getLong(3);
                quantity = quantity.add(rs.getBigDecimal(4));
            }
        }
        entriesByDay = grouped(connection, ENTRIES_BY_DAY);
        summaryByDay = grouped(connection, SUMMARY);
        lastSaleFromEntries = pairs(connection, "SELECT station_code, MAX(date_sold) FROM sale_entry GROUP BY station_code");
        lastSaleTable = pairs(connection, "SELECT station_code, last_sale_date FROM station_last_sale");
    }

    private static Map<String, String> pairs(Connection connection, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    /** Nine key columns, then amount, quantity and entries, as "key → amount/quantity/entries". */
    private static Map<String, String> grouped(Connection connection, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int c = 1; c <= 9; c++) {
                    key.append(rs.getString(c)).append('|');
                }
                rows.put(key.toString(), rs.getLong(10) + "/" + rs.getBigDecimal(11).stripTrailingZeros().toPlainString() + "/" + rs.getLong(12));
            }
        }
        return rows;
    }
}
