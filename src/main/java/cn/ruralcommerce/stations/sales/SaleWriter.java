package cn.ruralcommerce.stations.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes prepared sales and their household links with batched JDBC statements (销售写入) on the
 * caller's transaction connection; instants go in as UTC text with milliseconds like {@code @UtcMillis}.
 */
final class SaleWriter {
    static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String INSERT = "INSERT INTO sale_entry (idempotency_key, request_hash, station_code, county_code,"
            + " township_code, village_code, origin_village_code, date_sold, category_code, product_name, quantity, unit,"
            + " amount_fen, direction, channel, poverty, poverty_basis, poverty_reason, certificate_id, reverses_id,"
            + " reversal_reason, recorded_by, on_behalf, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String LINK = "INSERT INTO sale_household (sale_id, household_id, share_percent, sign, county_code,"
            + " township_code, village_code, station_code, day, category_code, direction, poverty, channel)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private SaleWriter() {
    }

    /** Inserts the sales in one batch and returns their generated ids, in order. */
    static List<Long> insert(Connection connection, List<PreparedSale> sales) throws SQLException {
        List<Long> ids = new ArrayList<>(sales.size());
        try (PreparedStatement ps = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (PreparedSale s : sales) {
                bind(ps, s);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != sales.size()) {
            throw new SQLException("expected " + sales.size() + " generated ids, got " + ids.size());
        }
        if (sales.size() > 1 && sales.stream().allMatch(s -> s.idempotencyKey() != null)) {
            ids = storedIds(connection, sales);
        }
        insertLinks(connection, sales, ids);
        return ids;
    }

    /**
     * The ids the rows got, read back by key. The driver derives the ids of a multi-row insert from the first
     * one and the auto-increment step it saw at connect time; on Galera neither holds: ids are interleaved
     * (innodb_autoinc_lock_mode=2) and the step follows the cluster size (wsrep_auto_increment_control), so a
     * node leaving or joining would make the answers name other rows.
     */
    private static List<Long> storedIds(Connection connection, List<PreparedSale> sales) throws SQLException {
        java.util.Map<String, Long> byKey = new java.util.HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(sales.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT idempotency_key, id FROM sale_entry WHERE idempotency_key IN (" + marks + ")")) {
            for (int i = 0; i < sales.size(); i++) {
                ps.setString(i + 1, sales.get(i).idempotencyKey());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKey.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Long> ids = new ArrayList<>(sales.size());
        for (PreparedSale s : sales) {
            Long id = byKey.get(s.idempotencyKey());
            if (id == null) {
                throw new SQLException("inserted sale " + s.idempotencyKey() + " not found");
            }
            ids.add(id);
        }
        return ids;
    }

    private static void insertLinks(Connection connection, List<PreparedSale> sales, List<Long> ids) throws SQLException {
        boolean any = false;
        try (PreparedStatement ps = connection.prepareStatement(LINK)) {
            for (int i = 0; i < sales.size(); i++) {
                PreparedSale s = sales.get(i);
                for (PreparedSale.Share share : s.households()) {
                    int c = 1;
                    ps.setLong(c++, ids.get(i));
                    ps.setLong(c++, share.householdId());
                    ps.setInt(c++, share.sharePercent());
                    ps.setInt(c++, s.sign());
                    ps.setString(c++, s.station().countyCode());
                    ps.setString(c++, s.townshipCode());
                    ps.setString(c++, s.villageCode());
                    ps.setString(c++, s.station().code());
                    ps.setObject(c++, s.dateSold());
                    ps.setString(c++, s.categoryCode());
                    ps.setString(c++, s.direction().name());
                    ps.setBoolean(c++, s.poverty());
                    ps.setString(c, s.channel().name());
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, PreparedSale s) throws SQLException {
        int c = 1;
        ps.setString(c++, s.idempotencyKey());
        ps.setString(c++, s.requestHash());
        ps.setString(c++, s.station().code());
        ps.setString(c++, s.station().countyCode());
        ps.setString(c++, s.townshipCode());
        ps.setString(c++, s.villageCode());
        ps.setString(c++, s.originVillageCode());
        ps.setObject(c++, s.dateSold());
        ps.setString(c++, s.categoryCode());
        ps.setString(c++, s.productName());
        ps.setBigDecimal(c++, s.quantity());
        ps.setString(c++, s.unit());
        ps.setLong(c++, s.amountFen());
        ps.setString(c++, s.direction().name());
        ps.setString(c++, s.channel().name());
        ps.setBoolean(c++, s.poverty());
        ps.setString(c++, s.povertyBasis().name());
        ps.setString(c++, s.povertyReason());
        nullableLong(ps, c++, s.certificateId());
        nullableLong(ps, c++, s.reversesId());
        ps.setString(c++, s.reversalReason());
        ps.setString(c++, s.recordedBy());
        ps.setBoolean(c++, s.onBehalf());
        ps.setString(c, UTC_MILLIS.format(LocalDateTime.ofInstant(s.recordedAt(), ZoneOffset.UTC)));
    }

    private static void nullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
