package cn.ruralcommerce.stations.sales;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Audit-log rows for sales writes (销售审计), batched on the writing transaction like the entries they record. */
@Singleton
public class SaleAudit {
    private static final String INSERT = "INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_id,"
            + " county_code, before_json, after_json) VALUES (?,?,?,?,?,?,?,?)";
    private final ObjectMapper json;

    public SaleAudit(ObjectMapper json) {
        this.json = json;
    }

    /** One CREATE (or REVERSE) row per written sale, with the entry as the "after" JSON. */
    void record(Connection connection, List<PreparedSale> sales, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < sales.size(); i++) {
                PreparedSale s = sales.get(i);
                ps.setString(1, SaleWriter.UTC_MILLIS.format(LocalDateTime.ofInstant(s.recordedAt(), ZoneOffset.UTC)));
                ps.setString(2, s.recordedBy());
                ps.setString(3, s.reversesId() == null ? "CREATE" : "REVERSE");
                ps.setString(4, "SALE");
                ps.setString(5, String.valueOf(ids.get(i)));
                ps.setString(6, s.station().countyCode());
                ps.setString(7, null);
                ps.setString(8, toJson(SaleView.of(ids.get(i), s)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
