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

/**
 * The two gap lists (服务半径外的村 / 无村级站点的行政村, see {@link GapKind}) and township statistics as GeoJSON, CSV
 * and XLSX (spreadsheet cells guarded against formulas).
 */
@Singleton
public class CoverageExports {
    static final List<String> UNCOVERED_COLUMNS = List.of("code", "name", "township_code", "lon", "lat", "population",
            "former_poverty", "nearest_station_code", "nearest_distance_m");
    static final List<String> WITHOUT_STATION_COLUMNS = List.of("priority_rank", "code", "name", "township_code", "lon", "lat",
            "population", "former_poverty", "beyond_radius", "nearest_station_code", "nearest_distance_m");

    private final JsonMapper json;

    public CoverageExports(JsonMapper json) {
        this.json = json;
    }

    /** The gap list of {@code kind} as GeoJSON points; each feature says which gap it belongs to. */
    public String gapGeoJson(CoverageView view, GapKind kind) {
        return kind == GapKind.WITHOUT_STATION ? withoutStationGeoJson(view) : uncoveredGeoJson(view);
    }

    private String withoutStationGeoJson(CoverageView view) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CoverageView.GapVillage v : view.withoutStation()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("gap", GapKind.WITHOUT_STATION.name());
            properties.put("priorityRank", v.rank());
            properties.put("code", v.code());
            properties.put("name", v.name());
            properties.put("townshipCode", v.townshipCode());
            properties.put("population", v.population());
            properties.put("formerPoverty", v.formerPoverty());
            properties.put("beyondRadius", v.beyondRadius());
            properties.put("nearestStationCode", v.nearestStationCode());
            properties.put("nearestDistanceM", v.nearestDistanceM());
            properties.put("approximateLocation", true);
            features.add(point(v.lon(), v.lat(), properties));
        }
        return collection(features);
    }

    private String uncoveredGeoJson(CoverageView view) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CoverageView.UncoveredVillage v : view.uncovered()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("gap", GapKind.BEYOND_RADIUS.name());
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
            properties.put("kind", t.kind());
            properties.put("countedAsTownship", t.countedAsTownship());
            features.add(point(t.lon(), t.lat(), properties));
        }
        return collection(features);
    }

    public byte[] gapCsv(CoverageView view, GapKind kind) {
        return kind == GapKind.WITHOUT_STATION ? SheetWriter.csv(WITHOUT_STATION_COLUMNS, withoutStationRows(view))
                : SheetWriter.csv(UNCOVERED_COLUMNS, rows(view));
    }

    public byte[] gapXlsx(CoverageView view, GapKind kind) {
        return kind == GapKind.WITHOUT_STATION ? SheetWriter.xlsx(kind.label(), WITHOUT_STATION_COLUMNS, withoutStationRows(view))
                : SheetWriter.xlsx(kind.label(), UNCOVERED_COLUMNS, rows(view));
    }

    private static List<List<Object>> rows(CoverageView view) {
        return view.uncovered().stream().map(v -> Arrays.<Object>asList(v.code(), v.name(), v.townshipCode(), v.lon(), v.lat(),
                v.population(), v.formerPoverty() ? 1 : 0, v.nearestStationCode(), v.nearestDistanceM())).toList();
    }

    private static List<List<Object>> withoutStationRows(CoverageView view) {
        return view.withoutStation().stream().map(v -> Arrays.<Object>asList(v.rank(), v.code(), v.name(), v.townshipCode(),
                v.lon(), v.lat(), v.population(), v.formerPoverty() ? 1 : 0, v.beyondRadius() ? 1 : 0, v.nearestStationCode(),
                v.nearestDistanceM())).toList();
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
