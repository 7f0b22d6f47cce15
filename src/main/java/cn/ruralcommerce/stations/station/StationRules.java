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
            throw new RowException("code", "'" + code + "' must be 1-32 letters, digits, '-' or '_'");
        }
    }

    public void check(Station s) {
        checkCode(s.code());
        Region region = regions.get(s.regionCode());
        if (region == null) {
            throw new RowException("regionCode", "unknown division " + s.regionCode());
        }
        if (region.retiredOn() != null && !region.retiredOn().isAfter(today)) {
            throw new RowException("regionCode", "division " + region.code() + " was retired on " + region.retiredOn()
                    + (region.successorCode() == null ? "" : "; use its successor " + region.successorCode()));
        }
        if (region.level() != s.tier().level()) {
            throw new RowException("regionCode", "a " + s.tier() + " must be in a " + s.tier().level()
                    + ", but " + region.code() + " (" + region.name() + ") is a " + region.level());
        }
        if (s.tier() == StationTier.VILLAGE_STATION && !region.isRuralVillage() && !s.allowUrban()) {
            throw new RowException("regionCode", region.code() + " (" + region.name() + ") is an urban community, not an"
                    + " administrative village; set allowUrban=true to register a village station there");
        }
        if (!boundaries.contains(s.countyCode(), s.lon(), s.lat()).orElse(true)) {
            throw new RowException("lon", "point (" + s.lon() + ", " + s.lat() + ") lies outside the boundary of county "
                    + s.countyCode());
        }
        checkDates(s);
    }

    private void checkDates(Station s) {
        if (s.closedOn() != null && s.status() != StationStatus.CLOSED) {
            throw new RowException("closedOn", "only a CLOSED station has a closing date");
        }
        if (s.closedOn() != null && s.closedOn().isAfter(today)) {
            throw new RowException("closedOn", s.closedOn() + " is in the future");
        }
        if (s.openedOn() != null && s.closedOn() != null && s.closedOn().isBefore(s.openedOn())) {
            throw new RowException("closedOn", s.closedOn() + " is before the opening date " + s.openedOn());
        }
        if (s.openedOn() != null && s.status() != StationStatus.PLANNED && s.openedOn().isAfter(today)) {
            throw new RowException("openedOn", s.openedOn() + " is in the future for a station that is " + s.status());
        }
        if (s.openedOn() != null && s.openedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw new RowException("openedOn", s.openedOn() + " is before 2000-01-01");
        }
    }
}
