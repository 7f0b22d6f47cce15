package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.Region;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registration rules of a station, checked against preloaded divisions and county boundaries; each
 * violation is a {@link RowException} naming the request field (imports map it to their column).
 */
public final class StationRules {
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, Region> regions;
    private final BoundaryLookup boundaries;
    private final LocalDate today;

    public StationRules(Map<String, Region> regions, BoundaryLookup boundaries, LocalDate today) {
        this.regions = regions;
        this.boundaries = boundaries;
        this.today = today;
    }

    public static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RowException("code", "站点编号 '" + code + "' 须为 1 至 32 个字母、数字、- 或 _", "'" + code + "' must be 1-32 letters, digits, '-' or '_'");
        }
    }

    public void check(Station s) {
        checkCode(s.code());
        Region region = regions.get(s.regionCode());
        if (region == null) {
            throw new RowException("regionCode", "行政区划 " + s.regionCode() + " 不存在", "unknown division " + s.regionCode());
        }
        if (region.retiredOn() != null && !region.retiredOn().isAfter(today)) {
            throw new RowException("regionCode", "行政区划 " + region.code() + " 已于 " + region.retiredOn() + " 撤销" + (region.successorCode() == null ? "" : "，请改用继任代码 " + region.successorCode()), "division " + region.code() + " was retired on " + region.retiredOn()
                    + (region.successorCode() == null ? "" : "; use its successor " + region.successorCode()));
        }
        if (region.level() != s.tier().level()) {
            throw new RowException("regionCode", s.tier() + " 须设在 " + s.tier().level() + " 级区划，但 " + region.code() + "（" + region.name() + "）是 " + region.level(), "a " + s.tier() + " must be in a " + s.tier().level()
                    + ", but " + region.code() + " (" + region.name() + ") is a " + region.level());
        }
        if (s.tier() == StationTier.VILLAGE_STATION && !region.isRuralVillage() && !s.allowUrban()) {
            throw new RowException("regionCode", region.code() + "（" + region.name() + "）是城镇社区，不是行政村；如确要在此设村级站点，请设 allowUrban=true", region.code() + " (" + region.name() + ") is an urban community, not an"
                    + " administrative village; set allowUrban=true to register a village station there");
        }
        if (!boundaries.contains(s.countyCode(), s.lon(), s.lat()).orElse(true)) {
            throw new RowException("lon", "坐标点 (" + s.lon() + ", " + s.lat() + ") 在区县 " + s.countyCode() + " 的边界之外", "point (" + s.lon() + ", " + s.lat() + ") lies outside the boundary of county "
                    + s.countyCode());
        }
        checkDates(s);
    }

    private void checkDates(Station s) {
        if (s.closedOn() != null && s.status() != StationStatus.CLOSED) {
            throw new RowException("closedOn", "只有已关闭（CLOSED）的站点才有关闭日期", "only a CLOSED station has a closing date");
        }
        if (s.closedOn() != null && s.closedOn().isAfter(today)) {
            throw new RowException("closedOn", "关闭日期 " + s.closedOn() + " 晚于今天", s.closedOn() + " is in the future");
        }
        if (s.openedOn() != null && s.closedOn() != null && s.closedOn().isBefore(s.openedOn())) {
            throw new RowException("closedOn", "关闭日期 " + s.closedOn() + " 早于开业日期 " + s.openedOn(), s.closedOn() + " is before the opening date " + s.openedOn());
        }
        if (s.openedOn() != null && s.status() != StationStatus.PLANNED && s.openedOn().isAfter(today)) {
            throw new RowException("openedOn", "开业日期 " + s.openedOn() + " 晚于今天，而站点状态为 " + s.status(), s.openedOn() + " is in the future for a station that is " + s.status());
        }
        if (s.openedOn() != null && s.openedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw new RowException("openedOn", "开业日期 " + s.openedOn() + " 早于 2000-01-01", s.openedOn() + " is before 2000-01-01");
        }
    }
}
