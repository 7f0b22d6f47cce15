package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.imports.SheetWriter;
import cn.ruralcommerce.stations.region.RegionCodes;
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
import java.util.Locale;
import java.util.Map;

/** Exports logistics nodes with the import columns as CSV, XLSX or GeoJSON (CGCS2000), so exports re-import unchanged. */
@Singleton
public class LogisticsExportService {
    private final LogisticsNodeRepository nodes;
    private final JsonMapper json;

    public LogisticsExportService(LogisticsNodeRepository nodes, JsonMapper json) {
        this.nodes = nodes;
        this.json = json;
    }

    public byte[] export(String format, @Nullable String region) {
        String prefix = region == null || region.isBlank() ? "" : RegionCodes.normalize(region)
                .orElseThrow(() -> ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        List<String> header = new ArrayList<>(NodeFileParser.REQUIRED);
        header.addAll(NodeFileParser.OPTIONAL);
        List<LogisticsNode> found = nodes.findWithin(prefix);
        List<List<Object>> rows = found.stream().map(n -> row(n, header)).toList();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> SheetWriter.csv(header, rows);
            case "xlsx" -> SheetWriter.xlsx("logistics-nodes", header, rows);
            case "geojson" -> geoJson(header, rows);
            default -> throw ApiException.badField("format", "格式须为 csv、xlsx 或 geojson", "must be csv, xlsx or geojson");
        };
    }

    private static List<Object> row(LogisticsNode n, List<String> header) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", n.code());
        values.put("tier", n.tier().name());
        values.put("region_code", n.regionCode());
        values.put("lon", n.lon());
        values.put("lat", n.lat());
        values.put("parent_code", n.parentCode());
        values.put("name", n.name());
        values.put("carriers", n.carriers());
        values.put("station_code", n.stationCode());
        values.put("cross_county", n.crossCounty());
        values.put("crs", "CGCS2000");
        return new ArrayList<>(header.stream().map(values::get).toList());
    }

    private byte[] geoJson(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                properties.put(header.get(c), rows.get(i).get(c));
            }
            try {
                out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                        .append(properties.get("lon")).append(',').append(properties.get("lat")).append("]},\"properties\":")
                        .append(json.writeValueAsString(properties)).append('}');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
