package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.web.ApiException;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns query parameters into a {@link SalesFilter} within the caller's scope (统计权限): ADMIN and
 * PLANNER see everything, a BUREAU its county, an OPERATOR its own station; dates default to this year.
 */
public final class StatsScope {
    static final int MAX_DAYS = 3700;

    private StatsScope() {
    }

    public static SalesFilter filter(CurrentUser caller, String region, LocalDate from, LocalDate to, String direction,
                                     boolean povertyOnly, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ApiException.badField("from", "is after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ApiException.badField("from", "the period is longer than about ten years");
        }
        String regionCode = region == null || region.isBlank() ? null : RegionCodes.normalize(region)
                .orElseThrow(() -> ApiException.badField("region", "'" + region + "' is not a division code"));
        String station = null;
        switch (caller.role()) {
            case BUREAU -> {
                if (regionCode == null) {
                    regionCode = caller.scopeCode();
                } else if (!regionCode.startsWith(caller.scopeCode())) {
                    throw ApiException.forbidden("a county bureau sees only county " + caller.scopeCode());
                }
            }
            case OPERATOR -> station = caller.scopeCode();
            default -> {
            }
        }
        return new SalesFilter(start, end, regionCode, station, direction(direction), povertyOnly);
    }

    private static Direction direction(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Direction.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("direction", "must be UP or DOWN");
        }
    }
}
