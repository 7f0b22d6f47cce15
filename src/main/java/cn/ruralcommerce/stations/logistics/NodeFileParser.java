package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.imports.Cells;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.station.StationRules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.ruralcommerce.stations.imports.RowException.cell;

/**
 * Parses one row of a logistics-node file: {@code code,tier,region_code,lon,lat,parent_code} then optional
 * {@code name,carriers,station_code,cross_county,crs}. Optional columns the file lacks keep stored values.
 */
final class NodeFileParser {
    static final List<String> REQUIRED = List.of("code", "tier", "region_code", "lon", "lat", "parent_code");
    static final List<String> OPTIONAL = List.of("name", "carriers", "station_code", "cross_county", "crs");

    private final CoordinateSystem defaultCrs;
    private final Set<String> columns;

    NodeFileParser(CoordinateSystem defaultCrs, Set<String> columns) {
        this.defaultCrs = defaultCrs;
        this.columns = columns;
    }

    /** The node a row describes, over the stored one (or null for a new node). */
    LogisticsNode toNode(Sheet.Row row, LogisticsNode stored, Instant now) {
        String code = row.get("code");
        StationRules.checkCode(code);
        LogisticsTier tier = cell("tier", () -> LogisticsTier.parse(required(row, "tier")));
        String region = NodeDraft.region(required(row, "region_code"), "region_code");
        double lon = cell("lon", () -> Cells.optionalDouble(required(row, "lon")));
        double lat = cell("lat", () -> Cells.optionalDouble(required(row, "lat")));
        String rawCrs = row.get("crs");
        CoordinateSystem crs = rawCrs == null ? defaultCrs : cell("crs", () -> CoordinateSystem.parse(rawCrs));
        LonLat point = cell(LonLat.invalidField(lon, lat), () -> CoordinateConverter.toCgcs2000(lon, lat, crs));
        String name = pick("name", row.get("name"), stored == null ? null : stored.name());
        if (name != null && name.length() > 100) {
            throw new RowException("name", "不能超过 100 字", "is longer than 100 characters");
        }
        return new LogisticsNode(code, name, tier, region, region.substring(0, 6), point.lon(), point.lat(),
                pick("carriers", cell("carriers", () -> Carriers.join(row.get("carriers"))), stored == null ? null : stored.carriers()),
                pick("station_code", row.get("station_code"), stored == null ? null : stored.stationCode()),
                row.get("parent_code"),
                Boolean.TRUE.equals(pick("cross_county", cell("cross_county", () -> Cells.optionalFlag(row.get("cross_county"))),
                        stored == null ? null : stored.crossCounty())),
                stored == null ? now : stored.createdAt(), now);
    }

    private <T> T pick(String column, T value, T stored) {
        return columns.contains(column) ? value : stored;
    }

    private static String required(Sheet.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowException(column, "必填", "is required");
        }
        return value;
    }
}
