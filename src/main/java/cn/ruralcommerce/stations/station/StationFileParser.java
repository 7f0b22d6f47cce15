package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.imports.Cells;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.web.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.ruralcommerce.stations.imports.RowException.cell;

/**
 * Parses the rows of a station file (columns {@code code,name,tier,region_code,lon,lat} then optional
 * {@code status,opened_on,closed_on,crs,address,services,floor_area,opening_hours,operator_name,
 * operator_phone,allow_urban}), each on its own; references to divisions are checked later.
 */
public final class StationFileParser {
    public static final List<String> REQUIRED = List.of("code", "name", "tier", "region_code", "lon", "lat");
    public static final List<String> OPTIONAL = List.of("status", "opened_on", "closed_on", "crs", "address", "services",
            "floor_area", "opening_hours", "operator_name", "operator_phone", "allow_urban");

    /** Parsed rows and per-row errors; a row with an error yields no StationRow. */
    public record Result(List<StationRow> rows, List<FieldError> errors) {
    }

    private final CoordinateSystem defaultCrs;

    public StationFileParser(CoordinateSystem defaultCrs) {
        this.defaultCrs = defaultCrs;
    }

    public Result parse(Sheet sheet) {
        List<StationRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sheet.Row row : sheet.rows()) {
            try {
                StationRow parsed = toRow(row);
                if (!seen.add(parsed.code())) {
                    throw new RowException("code", "编号 " + parsed.code() + " 在本文件中重复", "duplicate code " + parsed.code() + " in this file");
                }
                rows.add(parsed);
            } catch (RowException e) {
                errors.add(FieldError.atRow(row.number(), e.field(), e.getMessage(), e.messageEn()));
            }
        }
        return new Result(rows, errors);
    }

    private StationRow toRow(Sheet.Row row) {
        String code = row.get("code");
        StationRules.checkCode(code);
        String name = required(row, "name");
        if (name.length() > 100) {
            throw new RowException("name", "不能超过 100 字", "is longer than 100 characters");
        }
        StationTier tier = cell("tier", () -> StationTier.parse(required(row, "tier")));
        String region = cell("region_code", () -> StationDraft.region(required(row, "region_code")));
        Double lon = cell("lon", () -> Cells.optionalDouble(required(row, "lon")));
        Double lat = cell("lat", () -> Cells.optionalDouble(required(row, "lat")));
        if (lon < -180 || lon > 180) {
            throw new RowException("lon", "经度 " + lon + " 超出 -180 至 180", lon + " is outside -180..180");
        }
        if (lat < -90 || lat > 90) {
            throw new RowException("lat", "纬度 " + lat + " 超出 -90 至 90", lat + " is outside -90..90");
        }
        String rawCrs = row.get("crs");
        CoordinateSystem crs = rawCrs == null ? defaultCrs : cell("crs", () -> CoordinateSystem.parse(rawCrs));
        LonLat point = CoordinateConverter.toCgcs2000(lon, lat, crs);
        String status = row.get("status");
        return new StationRow(row.number(), code, name, tier, region, point.lon(), point.lat(),
                status == null ? null : cell("status", () -> StationStatus.parse(status)),
                cell("opened_on", () -> Cells.optionalDate(row.get("opened_on"))),
                cell("closed_on", () -> Cells.optionalDate(row.get("closed_on"))),
                text(row, "address", 200),
                cell("services", () -> ServiceOffering.join(ServiceOffering.parseList(row.get("services")))),
                cell("floor_area", () -> Cells.optionalNonNegativeInt(row.get("floor_area"))),
                text(row, "opening_hours", 100), text(row, "operator_name", 50), phone(row),
                cell("allow_urban", () -> Cells.optionalFlag(row.get("allow_urban"))));
    }

    private static String required(Sheet.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowException(column, "必填", "is required");
        }
        return value;
    }

    private static String text(Sheet.Row row, String column, int max) {
        String value = row.get(column);
        if (value != null && value.length() > max) {
            throw new RowException(column, "不能超过 " + max + " 字", "is longer than " + max + " characters");
        }
        return value;
    }

    private static String phone(Sheet.Row row) {
        String value = row.get("operator_phone");
        if (value != null && !value.matches("\\+?[0-9][0-9 -]{4,24}")) {
            throw new RowException("operator_phone", "'" + value + "' 不是电话号码", "'" + value + "' is not a phone number");
        }
        return value;
    }
}
