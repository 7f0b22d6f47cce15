package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.station.Station;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bulk-writes demo sales (演示销售写入): sale_entry rows, one registered-poor household per village with a
 * poverty sale and its sale_household links, the daily summary folded from exactly these entries, and
 * each station's last sale date.
 */
final class SalesDemoWriter {
    /** One generated sale. */
    record Sale(Station station, LocalDate day, String category, String product, int quantity, String unit, long fen,
                String direction, String channel, boolean poverty) {
        String village() {
            return station.regionCode().length() == 12 ? station.regionCode() : "";
        }

        String township() {
            return station.regionCode().length() >= 9 ? station.regionCode().substring(0, 9) : "";
        }
    }

    private static final String ENTRY = "INSERT INTO sale_entry (station_code, county_code, township_code, village_code, date_sold,"
            + " category_code, product_name, quantity, unit, amount_fen, direction, channel, poverty, poverty_basis, recorded_by,"
            + " on_behalf, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'demo',FALSE,?)";
    private static final String LINK = "INSERT INTO sale_household (sale_id, household_id, share_percent, sign, county_code, township_code,"
            + " village_code, station_code, day, category_code, direction, poverty, channel) VALUES (?,?,100,1,?,?,?,?,?,?,?,TRUE,?)";
    private static final String HOUSEHOLD = "INSERT INTO household (reference_no, station_code, county_code, village_code, head_name, size,"
            + " registered_poor, linked_since, created_at, updated_at) VALUES (?,?,?,?,?,4,TRUE,?,?,?)";
    private static final String SUMMARY = "INSERT INTO sales_daily_summary (county_code, day, station_code, township_code, village_code,"
            + " category_code, direction, poverty, channel, unit, amount_fen, quantity, entries, household_links)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴"};

    private SalesDemoWriter() {
    }

    /** Writes everything and returns the number of households created. */
    static int write(Connection c, List<Sale> sales, Instant now) throws SQLException {
        Map<String, Long> households = new HashMap<>();
        Map<String, long[]> summary = new TreeMap<>();
        Map<String, LocalDate> last = new TreeMap<>();
        try (PreparedStatement entry = c.prepareStatement(ENTRY, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement link = c.prepareStatement(LINK);
             PreparedStatement household = c.prepareStatement(HOUSEHOLD, Statement.RETURN_GENERATED_KEYS)) {
            for (Sale s : sales) {
                Station st = s.station();
                Object[] values = {st.code(), st.countyCode(), s.township(), s.village(), s.day(), s.category(), s.product(),
                        BigDecimal.valueOf(s.quantity()), s.unit(), s.fen(), s.direction(), s.channel(), s.poverty(),
                        s.poverty() ? "HOUSEHOLDS" : "NONE", Timestamp.from(now)};
                for (int i = 0; i < values.length; i++) {
                    entry.setObject(i + 1, values[i]);
                }
                Long householdId = null;
                if (s.poverty()) {
                    householdId = households.get(st.code());
                    if (householdId == null) {
                        householdId = household(household, st, s.village(), households.size(), now);
                        households.put(st.code(), householdId);
                    }
                    entry.executeUpdate();
                    try (ResultSet keys = entry.getGeneratedKeys()) {
                        keys.next();
                        Object[] l = {keys.getLong(1), householdId, st.countyCode(), s.township(), s.village(), st.code(), s.day(),
                                s.category(), s.direction(), s.channel()};
                        for (int i = 0; i < l.length; i++) {
                            link.setObject(i + 1, l[i]);
                        }
                        link.addBatch();
                    }
                } else {
                    entry.addBatch();
                }
                String key = String.join("|", st.countyCode(), s.day().toString(), st.code(), s.township(), s.village(), s.category(),
                        s.direction(), String.valueOf(s.poverty()), s.channel(), s.unit());
                long[] d = summary.computeIfAbsent(key, k -> new long[4]);
                d[0] += s.fen();
                d[1] += s.quantity();
                d[2]++;
                d[3] += s.poverty() ? 1 : 0;
                last.merge(st.code(), s.day(), (a, b) -> a.isAfter(b) ? a : b);
            }
            entry.executeBatch();
            link.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(SUMMARY)) {
            for (Map.Entry<String, long[]> e : summary.entrySet()) {
                String[] k = e.getKey().split("\\|", -1);
                Object[] values = {k[0], LocalDate.parse(k[1]), k[2], k[3], k[4], k[5], k[6], Boolean.parseBoolean(k[7]), k[8], k[9],
                        e.getValue()[0], BigDecimal.valueOf(e.getValue()[1]), e.getValue()[2], e.getValue()[3]};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO station_last_sale (station_code, last_sale_date) VALUES (?, ?)")) {
            for (Map.Entry<String, LocalDate> e : last.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setObject(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return households.size();
    }

    private static long household(PreparedStatement ps, Station st, String village, int n, Instant now) throws SQLException {
        Object[] values = {"DEMO-" + st.code(), st.code(), st.countyCode(), village, SURNAMES[n % SURNAMES.length] + "某" + (n + 1),
                st.openedOn() == null ? LocalDate.ofInstant(now, java.time.ZoneOffset.UTC) : st.openedOn(), Timestamp.from(now), Timestamp.from(now)};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
