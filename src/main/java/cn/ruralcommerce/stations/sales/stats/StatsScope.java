package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.sales.SalesChannel;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.web.ApiException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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
        return filter(caller, region, from, to, direction, povertyOnly, null, today);
    }

    /** As above with a channel filter: one or more channel codes separated by commas, or ONLINE (网络零售的渠道). */
    public static SalesFilter filter(CurrentUser caller, String region, LocalDate from, LocalDate to, String direction,
                                     boolean povertyOnly, String channel, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ApiException.badField("from", "开始日期晚于结束日期", "is after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ApiException.badField("from", "时间段超过约十年", "the period is longer than about ten years");
        }
        String regionCode = region == null || region.isBlank() ? null : RegionCodes.normalize(region)
                .orElseThrow(() -> ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        String station = null;
        switch (caller.role()) {
            case BUREAU -> {
                if (regionCode == null) {
                    regionCode = caller.scopeCode();
                } else if (!regionCode.startsWith(caller.scopeCode())) {
                    throw ApiException.forbidden("县商务局只能查看本县（" + caller.scopeCode() + "）", "a county bureau sees only county " + caller.scopeCode());
                }
            }
            case OPERATOR -> station = caller.scopeCode();
            default -> {
            }
        }
        return new SalesFilter(start, end, regionCode, station, direction(direction), povertyOnly, channels(channel));
    }

    static Set<SalesChannel> channels(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        for (String part : raw.split(",")) {
            if (part.strip().equalsIgnoreCase("ONLINE")) {
                channels.addAll(SalesChannel.ONLINE);
            } else {
                channels.add(SalesChannel.parse(part).orElseThrow(() -> ApiException.badField("channel",
                        "渠道 '" + part.strip() + "' 不在清单内，可选 ONLINE 或 " + SalesChannel.codes())));
            }
        }
        return channels;
    }

    private static Direction direction(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Direction.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("direction", "须为 UP（农产品进城）或 DOWN（工业品下乡）", "must be UP or DOWN");
        }
    }
}
