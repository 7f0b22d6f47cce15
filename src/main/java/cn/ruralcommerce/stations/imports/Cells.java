package cn.ruralcommerce.stations.imports;

import java.util.Locale;

/** Parsing of optional cells in imported rows; each method throws IllegalArgumentException with the reason. */
public final class Cells {
    private Cells() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static Double optionalDouble(String value) {
        if (blank(value)) {
            return null;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' 不是数字");
        }
        if (!Double.isFinite(parsed)) {
            throw new IllegalArgumentException("须为有限的数字");
        }
        return parsed;
    }

    public static Integer optionalNonNegativeInt(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 0) {
                throw new IllegalArgumentException("不能为负数");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' 不是整数");
        }
    }

    /** An ISO date (2024-03-01; 2024/3/1 is accepted too); blank is null. */
    public static java.time.LocalDate optionalDate(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip().replace('/', '-');
        String[] parts = text.split("-");
        try {
            if (parts.length == 3) {
                return java.time.LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' 不是日期（YYYY-MM-DD）");
        }
        throw new IllegalArgumentException("'" + value + "' 不是日期（YYYY-MM-DD）");
    }

    /** 1/0, true/false, yes/no, 是/否; blank is null. */
    public static Boolean optionalFlag(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "是" -> Boolean.TRUE;
            case "0", "false", "no", "n", "否" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + value + "' 不是是/否值（1/0 或 true/false）");
        };
    }
}
