package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.imports.SheetWriter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The uncovered villages and township statistics as GeoJSON, CSV and XLSX (spreadsheet cells guarded against formulas). */
@Singleton
public class CoverageExports {
    static final List<String> UNCOVERED_COLUMNS = List.of("code", "name", "township_code", "lon", "lat", "population",
            "former_poverty", "nearest_station_code", "nearest_distance_m");

    private final JsonMapper json;

    public CoverageExports(JsonMapper json) {
        this.json = json;
    }

    public String uncoveredGeoJson(CoverageView view) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CoverageView.UncoveredVillage v : view.uncovered()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", v.code());
            properties.put("name", v.name());
            properties.put("townshipCode", v.townshipCode());
            properties.put("population", v.population());
            properties.put("formerPoverty", v.formerPoverty());
            properties.put("nearestStationCode", v.nearestStationCode());
            properties.put("nearestDistanceM", v.nearestDistanceM());
            properties.put("approximateLocation", true);
            features.add(point(v.lon(), v.lat(), properties));
        }
        return collection(features);
    }

    public String townshipsGeoJson(CoverageView view) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CoverageView.TownshipRow t : view.townships()) {
            if (t.lon() == null || t.lat() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", t.code());
            properties.put("name", t.name());
            properties.put("ruralVillages", t.ruralVillages());
            properties.put("coveredVillages", t.coveredVillages());
            properties.put("adminCoveredVillages", t.adminCoveredVillages());
            properties.put("population", t.population());
            properties.put("coveredPopulation", t.coveredPopulation());
            properties.put("coverageRate", t.ruralVillages() == 0 ? null : CoverageService.round((double) t.coveredVillages() / t.ruralVillages()));
            properties.put("hasTownshipStation", t.hasTownshipStation());
            features.add(point(t.lon(), t.lat(), properties));
        }
        return collection(features);
    }

    public byte[] uncoveredCsv(CoverageView view) {
        return SheetWriter.csv(UNCOVERED_COLUMNS, rows(view));
    }

    public byte[] uncoveredXlsx(CoverageView view) {
        return SheetWriter.xlsx("未覆盖行政村", UNCOVERED_COLUMNS, rows(view));
    }

    private static List<List<Object>> rows(CoverageView view) {
        return view.uncovered().stream().map(v -> Arrays.<Object>asList(v.code(), v.name(), v.townshipCode(), v.lon(), v.lat(),
                v.population(), v.formerPoverty() ? 1 : 0, v.nearestStationCode(), v.nearestDistanceM())).toList();
    }

    private static Map<String, Object> point(double lon, double lat, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
        feature.put("properties", properties);
        return feature;
    }

    private String collection(List<Map<String, Object>> features) {
        try {
            return json.writeValueAsString(Map.of("type", "FeatureCollection", "features", features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
