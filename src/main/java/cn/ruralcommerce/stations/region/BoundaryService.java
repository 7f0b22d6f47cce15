package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.imports.ImportRejectedException;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Imports boundary polygons from a GeoJSON FeatureCollection ({@code properties.code}) and serves them as GeoJSON. */
@Singleton
public class BoundaryService {
    private final RegionBoundaryRepository boundaries;
    private final RegionRepository regions;
    private final JsonMapper json;
    private final Auditor auditor;
    private final Clock clock;

    public BoundaryService(RegionBoundaryRepository boundaries, RegionRepository regions, JsonMapper json,
                           Auditor auditor, Clock clock) {
        this.boundaries = boundaries;
        this.regions = regions;
        this.json = json;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Transactional
    @RetryWriteConflicts
    public ImportReport importFeatures(byte[] content, boolean skipBad, String username) {
        JsonNode root = readTree(content);
        JsonNode features = root.get("features");
        if (!"FeatureCollection".equals(text(root.get("type"))) || features == null || !features.isArray()) {
            throw ApiException.badField("file", "须为 GeoJSON FeatureCollection", "must be a GeoJSON FeatureCollection");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, RegionBoundary> parsed = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (int i = 0; i < features.size(); i++) {
            try {
                RegionBoundary boundary = toBoundary(features.get(i), now);
                if (parsed.putIfAbsent(boundary.code(), boundary) != null) {
                    throw new RowException("code", "编号 " + boundary.code() + " 在本文件中重复", "duplicate code " + boundary.code() + " in this file");
                }
            } catch (RowException e) {
                errors.add(FieldError.atRow(i + 1, e.field(), e.getMessage(), e.messageEn()));
            }
        }
        if (!errors.isEmpty() && !skipBad) {
            throw new ImportRejectedException(new ImportReport(0, 0, 0, errors.size(), false, errors));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RegionBoundary boundary : parsed.values()) {
            Optional<RegionBoundary> current = boundaries.findById(boundary.code());
            if (current.isEmpty()) {
                boundaries.save(boundary);
                created++;
            } else if (current.get().geometry().equals(boundary.geometry())) {
                unchanged++;
            } else {
                boundaries.update(boundary);
                updated++;
            }
        }
        ImportReport report = new ImportReport(created, updated, unchanged, errors.size(), false, errors);
        if (created + updated > 0) {
            auditor.record(username, "IMPORT", "BOUNDARY", "file", null, null, report);
        }
        return report;
    }

    private RegionBoundary toBoundary(JsonNode feature, Instant now) {
        JsonNode properties = feature.get("properties");
        String rawCode = properties == null ? null : text(properties.get("code"));
        String code = RegionCodes.normalize(rawCode).orElseThrow(() ->
                new RowException("properties.code", "'" + rawCode + "' 不是行政区划代码", "'" + rawCode + "' is not a division code"));
        if (!regions.existsById(code)) {
            throw new RowException("properties.code", "行政区划 " + code + " 不存在", "unknown division " + code);
        }
        Geometry geometry = readGeometry(feature.get("geometry"));
        Envelope box = geometry.getEnvelopeInternal();
        if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
            throw new RowException("geometry", "坐标超出经度 -180 至 180 / 纬度 -90 至 90", "coordinates outside lon -180..180 / lat -90..90");
        }
        String text = new GeoJsonWriter(7).write(geometry).replace(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:0\"}}", "");
        return new RegionBoundary(code, text, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), now);
    }

    private Geometry readGeometry(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new RowException("geometry", "必填", "is required");
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader().read(json.writeValueAsString(node));
        } catch (ParseException | IOException | RuntimeException e) {
            throw new RowException("geometry", "不是 GeoJSON 几何对象", "not a GeoJSON geometry (" + e.getMessage() + ")");
        }
        if (!geometry.getGeometryType().equals("Polygon") && !geometry.getGeometryType().equals("MultiPolygon")) {
            throw new RowException("geometry", "须为 Polygon 或 MultiPolygon，不能是 " + geometry.getGeometryType(), "must be a Polygon or MultiPolygon, not " + geometry.getGeometryType());
        }
        if (geometry.isEmpty()) {
            throw new RowException("geometry", "是空的几何对象", "is empty");
        }
        return geometry;
    }

    /** The boundary of a division as a GeoJSON Feature, or 404. */
    public String feature(Region region) {
        RegionBoundary boundary = boundaries.findById(region.code())
                .orElseThrow(() -> ApiException.notFound("boundary of region", region.code()));
        return feature(region, boundary);
    }

    /**
     * The boundaries of the children of a division as a FeatureCollection. Children without a stored
     * boundary but with a point get an approximate cell (Voronoi within the parent's boundary),
     * marked {@code "approximate": true}; the rest are left out.
     */
    public String childFeatures(Region parent) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.findByParentCodeOrderByCode(parent.code()).forEach(c -> byCode.put(c.code(), c));
        List<String> features = new ArrayList<>();
        Map<String, org.locationtech.jts.geom.Coordinate> unbounded = new LinkedHashMap<>();
        Map<String, RegionBoundary> stored = new LinkedHashMap<>();
        boundaries.findByCodeIn(byCode.keySet()).forEach(b -> stored.put(b.code(), b));
        for (Region child : byCode.values()) {
            RegionBoundary boundary = stored.get(child.code());
            if (boundary != null) {
                features.add(feature(child, boundary.geometry(), false));
            } else if (child.lon() != null && child.lat() != null) {
                unbounded.put(child.code(), new org.locationtech.jts.geom.Coordinate(child.lon(), child.lat()));
            }
        }
        Optional<RegionBoundary> outline = boundaries.findById(parent.code());
        if (!unbounded.isEmpty() && outline.isPresent()) {
            Geometry parentShape = parse(outline.get().geometry());
            ApproximateAreas.cells(unbounded, parentShape).forEach((code, cell) ->
                    features.add(feature(byCode.get(code), new GeoJsonWriter(6).write(cell), true)));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static Geometry parse(String geoJson) {
        try {
            return new GeoJsonReader().read(geoJson);
        } catch (ParseException e) {
            throw new IllegalStateException("stored boundary is not GeoJSON", e);
        }
    }

    private String feature(Region region, RegionBoundary boundary) {
        return feature(region, boundary.geometry(), false);
    }

    private String feature(Region region, String geometry, boolean approximate) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", region.code());
        properties.put("name", region.name());
        properties.put("level", region.level().name());
        properties.put("approximate", approximate);
        try {
            return "{\"type\":\"Feature\",\"properties\":" + json.writeValueAsString(properties)
                    + ",\"geometry\":" + geometry.replace(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:0\"}}", "") + "}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readTree(byte[] content) {
        try {
            return json.readValue(content, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ApiException.badField("file", "不是有效的 JSON 文件", "is not valid JSON");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.getStringValue() : node.coerceStringValue();
    }
}
