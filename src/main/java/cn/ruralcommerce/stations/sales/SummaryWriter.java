package cn.ruralcommerce.stations.sales;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds sales into the daily summary (keyed also by channel and unit, so quantities are only ever summed within one unit) and the stations' last sale dates (汇总表维护) in the writing
 * transaction, with INSERT ... ON DUPLICATE KEY UPDATE (MySQL, MariaDB and H2 in MySQL mode). Deltas are
 * merged per key and applied in key order, so concurrent batches lock rows in the same order.
 */
final class SummaryWriter {
    private static final String UPSERT = "INSERT INTO sales_daily_summary (county_code, day, station_code, township_code,"
            + " village_code, category_code, direction, poverty, channel, unit, amount_fen, quantity, entries, household_links)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE amount_fen = amount_fen + VALUES(amount_fen),"
            + " quantity = quantity + VALUES(quantity), entries = entries + VALUES(entries),"
            + " household_links = household_links + VALUES(household_links)";
    private static final String LAST_SALE = "INSERT INTO station_last_sale (station_code, last_sale_date) VALUES (?, ?)"
            + " ON DUPLICATE KEY UPDATE last_sale_date = GREATEST(last_sale_date, VALUES(last_sale_date))";

    /** The summary key; its string form orders keys like the primary key. */
    private record Key(String county, LocalDate day, String station, String village, String category, String direction,
                       boolean poverty, String channel, String unit, String township) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return java.util.Comparator.comparing(Key::county).thenComparing(Key::day).thenComparing(Key::station)
                    .thenComparing(Key::village).thenComparing(Key::category).thenComparing(Key::direction)
                    .thenComparing(Key::poverty).thenComparing(Key::channel).thenComparing(Key::unit).compare(this, o);
        }
    }

    private static final class Delta {
        long amount;
        BigDecimal quantity = BigDecimal.ZERO;
        long entries;
        long links;
    }

    private SummaryWriter() {
    }

    static void apply(Connection connection, List<PreparedSale> sales) throws SQLException {
        Map<Key, Delta> deltas = new TreeMap<>();
        Map<String, LocalDate> lastSale = new TreeMap<>();
        for (PreparedSale s : sales) {
            Key key = new Key(s.station().countyCode(), s.dateSold(), s.station().code(), s.villageCode(),
                    s.categoryCode(), s.direction().name(), s.poverty(), s.channel().name(), s.unit(), s.townshipCode());
            Delta d = deltas.computeIfAbsent(key, k -> new Delta());
            d.amount += s.amountFen();
            d.quantity = d.quantity.add(s.quantity());
            d.entries += s.sign();
            d.links += (long) s.sign() * s.households().size();
            if (s.reversesId() == null) {
                lastSale.merge(s.station().code(), s.dateSold(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<Key, Delta> e : deltas.entrySet()) {
                Key k = e.getKey();
                int c = 1;
                ps.setString(c++, k.county());
                ps.setObject(c++, k.day());
                ps.setString(c++, k.station());
                ps.setString(c++, k.township());
                ps.setString(c++, k.village());
                ps.setString(c++, k.category());
                ps.setString(c++, k.direction());
                ps.setBoolean(c++, k.poverty());
                ps.setString(c++, k.channel());
                ps.setString(c++, k.unit());
                ps.setLong(c++, e.getValue().amount);
                ps.setBigDecimal(c++, e.getValue().quantity);
                ps.setLong(c++, e.getValue().entries);
                ps.setLong(c, e.getValue().links);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!lastSale.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(LAST_SALE)) {
                for (Map.Entry<String, LocalDate> e : lastSale.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setObject(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
