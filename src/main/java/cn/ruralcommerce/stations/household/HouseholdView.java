package cn.ruralcommerce.stations.household;

import cn.ruralcommerce.stations.security.CurrentUser;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A linked household (利益联结户) as one caller may see it: the head's name is masked unless the caller is ADMIN or the county's BUREAU. */
@Serdeable
public record HouseholdView(Long id, String referenceNo, String stationCode, String countyCode, String villageCode,
                            String headName, int size, boolean registeredPoor, LocalDate linkedSince) {

    public static HouseholdView of(Household h, CurrentUser viewer) {
        boolean clear = viewer.mayWriteInCounty(h.countyCode());
        return new HouseholdView(h.id(), h.referenceNo(), h.stationCode(), h.countyCode(), h.villageCode(),
                clear ? h.headName() : mask(h.headName()), h.size(), h.registeredPoor(), h.linkedSince());
    }

    /** Keeps the family name's first character: 张三丰 → 张**; the length of the given name is not revealed. */
    static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "**";
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }
}
