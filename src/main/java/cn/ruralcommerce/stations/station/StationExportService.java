package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.SheetWriter;
import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports stations with the import columns (CSV, XLSX or GeoJSON, coordinates CGCS2000), so an export
 * re-imports unchanged; operator columns are included only for callers who may see every row's personal data.
 */
@Singleton
public class StationExportService {
    private static final List<String> PERSONAL = List.of("operator_name", "operator_phone");

    private final StationRepository stations;
    private final JsonMapper json;

    public StationExportService(StationRepository stations, JsonMapper json) {
        this.stations = stations;
        this.json = json;
    }

    /** A file body for format csv, xlsx or geojson. */
    public byte[] export(String format, @Nullable String region, @Nullable String tier, @Nullable String status,
                         CurrentUser caller) {
        String prefix = region == null || region.isBlank() ? "" : RegionCodes.normalize(region)
                .orElseThrow(() -> ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        StationTier wantedTier = tier == null || tier.isBlank() ? null : StationService.checked(() -> RowException.cell("tier", () -> StationTier.parse(tier)));
        StationStatus wantedStatus = status == null || status.isBlank() ? null : StationService.checked(() -> RowException.cell("status", () -> StationStatus.parse(status)));
        List<Station> found = stations.findWithin(prefix).stream()
                .filter(s -> wantedTier == null || s.tier() == wantedTier)
                .filter(s -> wantedStatus == null || s.status() == wantedStatus)
                .toList();
        boolean personal = caller.isAdmin() || (caller.role() == Role.BUREAU && caller.scopeCode() != null
                && prefix.startsWith(caller.scopeCode()));
        List<String> header = new ArrayList<>(StationFileParser.REQUIRED);
        header.addAll(StationFileParser.OPTIONAL.stream().filter(c -> personal || !PERSONAL.contains(c)).toList());
        List<List<Object>> rows = found.stream().map(s -> row(s, header)).toList();
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> SheetWriter.csv(header, rows);
            case "xlsx" -> SheetWriter.xlsx("stations", header, rows);
            case "geojson" -> geoJson(header, rows);
            default -> throw ApiException.badField("format", "格式须为 csv、xlsx 或 geojson", "must be csv, xlsx or geojson");
        };
    }

    private static List<Object> row(Station s, List<String> header) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", s.code());
        values.put("name", s.name());
        values.put("tier", s.tier().name());
        values.put("region_code", s.regionCode());
        values.put("lon", s.lon());
        values.put("lat", s.lat());
        values.put("status", s.status().name());
        values.put("opened_on", s.openedOn() == null ? null : s.openedOn().toString());
        values.put("closed_on", s.closedOn() == null ? null : s.closedOn().toString());
        values.put("crs", "CGCS2000");
        values.put("address", s.address());
        values.put("services", s.services());
        values.put("floor_area", s.floorArea());
        values.put("opening_hours", s.openingHours());
        values.put("operator_name", s.operatorName());
        values.put("operator_phone", s.operatorPhone());
        values.put("allow_urban", s.allowUrban());
        return new ArrayList<>(header.stream().map(values::get).toList());
    }

    private byte[] geoJson(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                properties.put(header.get(c), rows.get(i).get(c));
            }
            out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(properties.get("lon")).append(',').append(properties.get("lat")).append("]},\"properties\":")
                    .append(write(properties)).append('}');
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
