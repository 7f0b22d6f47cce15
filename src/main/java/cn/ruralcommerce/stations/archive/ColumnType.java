package cn.ruralcommerce.stations.archive;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The SQL column types an archive carries and their one canonical text form each: numbers as Java prints
 * them, flags true/false, dates ISO (2024-03-01), DATETIME(3) UTC instants ISO-8601 with milliseconds
 * (2024-03-01T02:03:04.567Z). Numbers stay {@link Number}s so the CSV writer leaves them unguarded.
 */
enum ColumnType {
    TEXT, LONG, INT, DOUBLE, DECIMAL, FLAG, DATE, INSTANT;

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter SQL_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** The value of column {@code index} in its canonical form (a Number or a String), or null. */
    Object read(ResultSet rs, int index) throws SQLException {
        Object value = switch (this) {
            case TEXT -> rs.getString(index);
            case LONG -> rs.getLong(index);
            case INT -> rs.getInt(index);
            case DOUBLE -> rs.getDouble(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case FLAG -> String.valueOf(rs.getBoolean(index));
            case DATE -> String.valueOf(rs.getObject(index, LocalDate.class));
            case INSTANT -> {
                LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
                yield utc == null ? null : ISO_MILLIS.format(utc);
            }
        };
        return rs.wasNull() ? null : value;
    }

    /** Parses archive text into the value to bind; throws IllegalArgumentException naming the expected form. */
    Object parse(String text) {
        try {
            return switch (this) {
                case TEXT -> text;
                case LONG -> Long.valueOf(text);
                case INT -> Integer.valueOf(text);
                case DOUBLE -> finite(Double.valueOf(text));
                case DECIMAL -> new BigDecimal(text);
                case FLAG -> flag(text);
                case DATE -> LocalDate.parse(text);
                case INSTANT -> LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' 不是有效的 " + name().toLowerCase(java.util.Locale.ROOT) + " 值");
        }
    }

    /** Binds a value from {@link #parse} (or null). Instants go in as UTC text, like the rest of the service. */
    void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType());
        } else if (this == INSTANT) {
            ps.setString(index, SQL_MILLIS.format((LocalDateTime) value));
        } else {
            ps.setObject(index, value);
        }
    }

    private int sqlType() {
        return switch (this) {
            case TEXT, INSTANT -> Types.VARCHAR;
            case LONG -> Types.BIGINT;
            case INT -> Types.INTEGER;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case FLAG -> Types.BOOLEAN;
            case DATE -> Types.DATE;
        };
    }

    private static Double finite(Double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    private static Boolean flag(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException();
        };
    }
}
