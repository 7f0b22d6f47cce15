package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;

import java.time.LocalDate;

/**
 * A checked annual report request (年度报告请求): the municipality (50) or a county, a year 2000..this year,
 * and the "as of" day: 31 December, or today for the current year. BUREAU callers see only their county.
 */
public record ReportRequest(String region, int year, LocalDate from, LocalDate asOf) {
    public static final String MUNICIPALITY = "50";

    public boolean municipal() {
        return MUNICIPALITY.equals(region);
    }

    /** First day of the reported period: 1 January of the year, or the requested {@code from}. */
    public LocalDate yearStart() {
        return from;
    }

    /** Whether the period is a whole calendar year (up to today for the current year). */
    public boolean calendarYear() {
        return from.equals(LocalDate.of(year, 1, 1)) && (asOf.equals(LocalDate.of(year, 12, 31)) || asOf.getYear() == year);
    }

    public static ReportRequest parse(String region, String year, CurrentUser caller, LocalDate today) {
        return parse(region, year, null, null, caller, today);
    }

    /** With {@code from} and {@code to} (both or neither) the report covers that period instead of a calendar year. */
    public static ReportRequest parse(String region, String year, String from, String to, CurrentUser caller, LocalDate today) {
        if (region == null || region.isBlank()) {
            throw ApiException.badField("region", "必填（50 表示全市，或区县代码）", "is required (50 or a county code)");
        }
        String code = RegionCodes.normalize(region).orElseThrow(() ->
                ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        if (!code.equals(MUNICIPALITY) && code.length() != 6) {
            throw ApiException.badField("region", "须为 50（全市）或区县代码", "must be 50 (the municipality) or a county code");
        }
        int y = year(year, today);
        if (caller.role() == Role.BUREAU && !code.equals(caller.scopeCode())) {
            throw ApiException.forbidden("县商务局只能查看本县（" + caller.scopeCode() + "）的报告", "a county bureau sees only the report of county " + caller.scopeCode());
        }
        if (caller.role() == Role.OPERATOR) {
            throw ApiException.forbidden("站点经营者不能查看年度报告", "station operators do not see annual reports");
        }
        if (from != null && !from.isBlank() || to != null && !to.isBlank()) {
            LocalDate start = day("from", from);
            LocalDate end = day("to", to);
            if (end.isAfter(today)) {
                throw ApiException.badField("to", "晚于今天", "is in the future");
            }
            if (start.isAfter(end)) {
                throw ApiException.badField("from", "开始日期晚于结束日期", "is after to");
            }
            if (start.getYear() < 2000) {
                throw ApiException.badField("from", "早于 2000 年", "is before 2000");
            }
            return new ReportRequest(code, end.getYear(), start, end);
        }
        LocalDate yearEnd = LocalDate.of(y, 12, 31);
        return new ReportRequest(code, y, LocalDate.of(y, 1, 1), yearEnd.isAfter(today) ? today : yearEnd);
    }

    private static LocalDate day(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badField(field, "给出时间段时必填（from 与 to，格式 YYYY-MM-DD）", "is required when a period is given (from and to, YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badField(field, "'" + raw + "' 不是日期（YYYY-MM-DD）", "'" + raw + "' is not a date (YYYY-MM-DD)");
        }
    }

    static int year(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return today.getYear();
        }
        try {
            int y = Integer.parseInt(raw.strip());
            if (y < 2000 || y > today.getYear()) {
                throw ApiException.badField("year", "年份须在 2000 至 " + today.getYear() + " 之间", "must be 2000.." + today.getYear());
            }
            return y;
        } catch (NumberFormatException e) {
            throw ApiException.badField("year", "'" + raw + "' 不是年份（YYYY）", "'" + raw + "' is not a year (YYYY)");
        }
    }
}
