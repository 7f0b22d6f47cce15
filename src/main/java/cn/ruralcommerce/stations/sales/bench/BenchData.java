package cn.ruralcommerce.stations.sales.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Generates a large sales history with bulk SQL on MariaDB (批量造数): raw entries from the SEQUENCE
 * engine county by county, then per county the daily summary and household links derived from them,
 * just as the service would have kept them. Already generated rows are kept on a re-run.
 */
final class BenchData {
    private BenchData() {
    }

    static long generated(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sale_entry WHERE idempotency_key LIKE 'gen-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Entries over 2023-2024 at all stations, county by county and day by day (so the indexes fill
     * mostly in order); every 5th a poverty sale, every 7th linked to a household.
     */
    static void generate(Connection c, long total, List<String> smallCategories) throws SQLException {
        String categories = "ELT(1 + (seq * 13) MOD " + smallCategories.size() + ", '" + String.join("','", smallCategories) + "')";
        long perCounty = total / BenchStationGate.COUNTIES;
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (int ci = 0; ci < BenchStationGate.COUNTIES; ci++) {
                long started = System.nanoTime();
                String county = "'5001" + String.format("%02d", ci + 1) + "'";
                String st = "(" + ci + " + 38 * (seq MOD 210))";
                String township = "CONCAT(" + county + ", 100 + (seq MOD 210) MOD 20)";
                String village = "CONCAT(" + township + ", 200 + (seq MOD 210) DIV 20)";
                s.executeUpdate("INSERT INTO sale_entry (idempotency_key, station_code, county_code, township_code, village_code,"
                        + " date_sold, category_code, product_name, quantity, unit, amount_fen, direction, channel, poverty,"
                        + " poverty_basis, recorded_by, on_behalf, recorded_at)"
                        + " SELECT CONCAT('gen-', " + county + ", '-', LPAD(seq, 9, '0')), CONCAT('B', " + st + "), " + county + ", "
                        + township + ", " + village + ", DATE_ADD('2023-01-01', INTERVAL (seq * 731) DIV " + (perCounty + 1) + " DAY), "
                        + categories + ", 'bench', 1 + seq MOD 7, 'kg', 100 + (seq * 104729) MOD 100000, IF(seq MOD 3 = 0, 'DOWN', 'UP'),"
                        + " 'OFFLINE', seq MOD 5 = 0, IF(seq MOD 5 = 0, 'MANUAL', 'NONE'), 'bench', FALSE, '2025-01-01 00:00:00.000'"
                        + " FROM seq_1_to_" + perCounty);
                System.out.printf("  county %s: %,d entries in %.1f s%n", county, perCounty, (System.nanoTime() - started) / 1e9);
            }
            for (int i = 1; i <= BenchStationGate.COUNTIES; i++) {
                long started = System.nanoTime();
                String code = "5001" + String.format("%02d", i);
                s.executeUpdate("INSERT INTO sales_daily_summary (county_code, day, station_code, township_code, village_code,"
                        + " category_code, direction, poverty, channel, unit, amount_fen, quantity, entries, household_links)"
                        + " SELECT county_code, date_sold, station_code, MIN(township_code), village_code, category_code, direction, poverty,"
                        + " channel, unit, SUM(amount_fen), SUM(quantity), COUNT(*), SUM(id MOD 7 = 0) FROM sale_entry"
                        + " WHERE county_code = '" + code + "' AND idempotency_key LIKE 'gen-%'"
                        + " GROUP BY county_code, date_sold, station_code, village_code, category_code, direction, poverty, channel, unit"
                        + " ON DUPLICATE KEY UPDATE amount_fen = amount_fen + VALUES(amount_fen), quantity = quantity + VALUES(quantity),"
                        + " entries = entries + VALUES(entries), household_links = household_links + VALUES(household_links)");
                s.executeUpdate("INSERT INTO sale_household (sale_id, household_id, share_percent, sign, county_code, township_code,"
                        + " village_code, station_code, day, category_code, direction, poverty, channel)"
                        + " SELECT id, 1000000 + CAST(SUBSTRING(station_code, 2) AS UNSIGNED) * 20 + id MOD 20, 50, 1, county_code,"
                        + " township_code, village_code, station_code, date_sold, category_code, direction, poverty, channel FROM sale_entry"
                        + " WHERE county_code = '" + code + "' AND idempotency_key LIKE 'gen-%' AND id MOD 7 = 0");
                System.out.printf("  county %s summaries and links in %.1f s%n", code, (System.nanoTime() - started) / 1e9);
            }
            System.out.println("  summaries and household links derived");
        }
    }
}
