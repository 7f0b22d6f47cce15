package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.station.StationRules;

import java.time.Instant;

/** Turns a {@link LogisticsNodeRequest} into a node with CGCS2000 coordinates; bad values are RowExceptions on the field. */
final class NodeDraft {
    private NodeDraft() {
    }

    static LogisticsNode from(String code, LogisticsNodeRequest r, Instant now) {
        StationRules.checkCode(code);
        LogisticsTier tier = RowException.cell("tier", () -> LogisticsTier.parse(r.tier()));
        String region = region(r.regionCode(), "regionCode");
        CoordinateSystem crs = r.crs() == null || r.crs().isBlank() ? CoordinateSystem.CGCS2000
                : RowException.cell("crs", () -> CoordinateSystem.parse(r.crs()));
        LonLat point = RowException.cell(LonLat.invalidField(r.lon(), r.lat()), () -> CoordinateConverter.toCgcs2000(r.lon(), r.lat(), crs));
        return new LogisticsNode(code.strip(), blankToNull(r.name()), tier, region, region.substring(0, 6),
                point.lon(), point.lat(), RowException.cell("carriers", () -> Carriers.join(r.carriers())),
                blankToNull(r.stationCode()), blankToNull(r.parentCode()), Boolean.TRUE.equals(r.crossCounty()), now, now);
    }

    static String region(String raw, String field) {
        String code = RegionCodes.normalize(raw).orElseThrow(() ->
                new RowException(field, "'" + raw + "' 不是 6、9 或 12 位的行政区划代码", "'" + raw + "' is not a division code of 6, 9 or 12 digits"));
        if (code.length() < 6) {
            throw new RowException(field, code + " 在区县以上，节点须设在区县、乡镇或行政村", code + " is above county level");
        }
        return code;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
