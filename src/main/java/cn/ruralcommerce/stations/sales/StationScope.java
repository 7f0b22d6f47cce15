package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;

/** Who may act for a station (站点权限): its OPERATOR, the county's BUREAU and ADMIN; the latter two act on its behalf. */
public final class StationScope {
    private StationScope() {
    }

    /** Whether the caller may write for (and read the records of) the station. */
    public static boolean mayActFor(CurrentUser caller, StationFacts station) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case BUREAU -> station.countyCode().equals(caller.scopeCode());
            case OPERATOR -> station.code().equals(caller.scopeCode());
            case PLANNER -> false;
        };
    }

    /** A 403 unless the caller may act for the station. */
    public static void require(CurrentUser caller, StationFacts station) {
        if (!mayActFor(caller, station)) {
            throw ApiException.forbidden(caller.role() == Role.OPERATOR ? "站点经营者只能为本站点操作" : "站点 " + station.code() + " 不在您的管辖范围内",
                    caller.role() == Role.OPERATOR
                    ? "an OPERATOR acts only for its own station" : "station " + station.code() + " is outside your scope");
        }
    }

    /** Whether a write by this caller is made on the station's behalf (by ADMIN or BUREAU rather than its operator). */
    public static boolean onBehalf(CurrentUser caller) {
        return caller.role() != Role.OPERATOR;
    }
}
