package cn.ruralcommerce.stations.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Row counts of every application table in one query, to prove a rejected request wrote nothing. */
public final class TableCounts {
    private final DataSource dataSource;
    private final String query;

    public TableCounts(DataSource dataSource) {
        // the injected data source joins the caller's transaction; counts need their own connection
        this.dataSource = dataSource instanceof io.micronaut.data.connection.jdbc.advice.DelegatingDataSource d
                ? d.getTargetDataSource() : dataSource;
        List<String> selects = new ArrayList<>();
        for (String table : tables(this.dataSource)) {
            selects.add("SELECT '" + table + "', COUNT(*) FROM " + table);
        }
        this.query = String.join(" UNION ALL ", selects);
    }

    /** Table name → row count. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static List<String> tables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase().startsWith("flyway")) {
                    tables.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found");
        }
        return tables;
    }
}
