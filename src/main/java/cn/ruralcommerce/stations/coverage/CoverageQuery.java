package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.coverage.core.SiteTier;
import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A checked coverage request: division, service radius, counted tiers, the date whose ACTIVE stations
 * count, and optionally "effective" stations only (a sale within the last N days).
 */
public record CoverageQuery(String region, double radiusKm, Set<SiteTier> tiers, LocalDate asOf, @Nullable Integer effectiveDays) {
    public static final double DEFAULT_RADIUS_KM = 3.0;
    public static final double MAX_RADIUS_KM = 50.0;
    public static final Set<SiteTier> DEFAULT_TIERS = EnumSet.of(SiteTier.VILLAGE_STATION, SiteTier.TOWNSHIP_STATION);

    public double radiusMetres() {
        return radiusKm * 1000.0;
    }

    /** Parses raw request parameters; each problem is a 400 naming the parameter. */
    public static CoverageQuery parse(@Nullable String region, @Nullable String radiusKm, @Nullable String tiers,
                                      @Nullable String asOf, @Nullable String effectiveDays, LocalDate today) {
        if (region == null || region.isBlank()) {
            throw ApiException.badField("region", "必填（行政区划代码）", "is required (a division code)");
        }
        String code = RegionCodes.normalize(region).orElseThrow(() ->
                ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        return new CoverageQuery(code, radius(radiusKm), tiers(tiers), date(asOf, today), days(effectiveDays));
    }

    static double radius(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_RADIUS_KM;
        }
        try {
            double km = Double.parseDouble(raw.strip());
            if (!(km > 0 && km <= MAX_RADIUS_KM)) {
                throw ApiException.badField("radiusKm", "服务半径须大于 0 且不超过 " + MAX_RADIUS_KM + " 公里", "must be more than 0 and at most " + MAX_RADIUS_KM);
            }
            return km;
        } catch (NumberFormatException e) {
            throw ApiException.badField("radiusKm", "'" + raw + "' 不是数字", "'" + raw + "' is not a number");
        }
    }

    static Set<SiteTier> tiers(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_TIERS;
        }
        Set<SiteTier> tiers = EnumSet.noneOf(SiteTier.class);
        for (String part : raw.split(",")) {
            try {
                tiers.add(SiteTier.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("tiers", "'" + part.strip() + "' 不是可选的站点层级：COUNTY_CENTER（县级服务中心）、TOWNSHIP_STATION（乡镇服务站）、VILLAGE_STATION（村级服务站点）", "'" + part.strip() + "' is not one of COUNTY_CENTER, TOWNSHIP_STATION, VILLAGE_STATION");
            }
        }
        return tiers;
    }

    static LocalDate date(@Nullable String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(raw.strip());
            if (day.isAfter(today)) {
                throw ApiException.badField("asOf", "晚于今天", "is in the future");
            }
            if (day.getYear() < 2000) {
                throw ApiException.badField("asOf", "早于 2000 年", "is before 2000");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badField("asOf", "'" + raw + "' 不是日期（YYYY-MM-DD）", "'" + raw + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Integer days(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(raw.strip());
            if (days < 1 || days > 3650) {
                throw ApiException.badField("effectiveDays", "须为 1 至 3650", "must be 1..3650");
            }
            return days;
        } catch (NumberFormatException e) {
            throw ApiException.badField("effectiveDays", "'" + raw + "' 不是整数天数", "'" + raw + "' is not a whole number of days");
        }
    }
}
