package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The two statistics queries (统计查询): sums from {@code sales_daily_summary} (quantities per unit) and
 * households with a positive net link count from {@code sale_household}, each grouped by one dimension column.
 */
@Singleton
public class SalesQueries {
    /** Netted sums of one group; quantities per unit (never one total across units). */
    public record Sums(long amountFen, Map<String, BigDecimal> quantities, long entries) {
        public static final Sums NONE = new Sums(0, Map.of(), 0);

        /** The sum of two groups, quantities added unit by unit. */
        public Sums plus(Sums other) {
            Map<String, BigDecimal> q = new TreeMap<>(quantities);
            other.quantities.forEach((unit, value) -> q.merge(unit, value, BigDecimal::add));
            return new Sums(amountFen + other.amountFen, q, entries + other.entries);
        }

        /** Quantities per unit, sorted by unit, without units netted to zero. */
        public List<UnitQuantity> quantityList() {
            return new TreeMap<>(quantities).entrySet().stream().filter(e -> e.getValue().signum() != 0)
                    .map(e -> new UnitQuantity(e.getKey(), plain(e.getValue()))).toList();
        }

        /** Without trailing zeros but never in exponent form (20, not 2E+1). */
        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    private final TransactionOperations<Connection> transactions;

    public SalesQueries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Sums per value of {@code column} (a summary column name chosen by the caller, never user text). */
    public Map<String, Sums> sums(String column, SalesFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + column + " AS k, unit, SUM(amount_fen), SUM(quantity), SUM(entries) FROM sales_daily_summary WHERE "
                + filter.where(params) + " GROUP BY " + column + ", unit";
        Map<String, Sums> result = new LinkedHashMap<>();
        query(sql, params, rs -> result.merge(rs.getString(1), new Sums(rs.getLong(3), Map.of(rs.getString(2), rs.getBigDecimal(4)),
                rs.getLong(5)), Sums::plus));
        return result;
    }

    /** Distinct households benefited per value of {@code column}: links net of reversals above zero. */
    public Map<String, Set<Long>> households(String column, SalesFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + column + " AS k, household_id FROM sale_household WHERE " + filter.where(params)
                + " GROUP BY " + column + ", household_id HAVING SUM(sign) > 0";
        Map<String, Set<Long>> result = new HashMap<>();
        query(sql, params, rs -> result.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2)));
        return result;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowHandler handler) {
        transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.accept(rs);
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("statistics query failed: " + e.getMessage(), e);
            }
        });
    }
}
