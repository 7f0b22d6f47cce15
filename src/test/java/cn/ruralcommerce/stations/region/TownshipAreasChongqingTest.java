package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every county of the shipped Chongqing data gets approximate township areas (issue 14: 九龙坡区, 奉节县 and 铜梁区
 * threw a JTS TopologyException): one valid, non-empty polygon per township with a point, cells that do not
 * overlap and together cover the county outline, each within a relative area tolerance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownshipAreasChongqingTest {
    /** Overlap and coverage gaps allowed, as a share of the county's area (rounding of cell vertices). */
    private static final double AREA_TOLERANCE = 1e-6;
    private static final Pattern FEATURE = Pattern.compile("\"code\":\\s*\"(\\d{6})\"");

    private final Map<String, Geometry> outlines = new TreeMap<>();
    private final Map<String, Map<String, Coordinate>> townships = new TreeMap<>();

    @BeforeAll
    void loadShippedData() throws IOException, ParseException {
        String geoJson = new String(read("gis-data/chongqing/county-boundaries.geojson"), StandardCharsets.UTF_8);
        GeoJsonReader reader = new GeoJsonReader();
        for (String line : geoJson.split("\n")) {
            Matcher code = FEATURE.matcher(line);
            int geometryAt = line.indexOf("\"geometry\"");
            if (!code.find() || geometryAt < 0) {
                continue;
            }
            String geometry = line.substring(line.indexOf('{', geometryAt), line.lastIndexOf('}', line.lastIndexOf('}') - 1) + 1);
            // stored as BoundaryService stores it: 7 decimals
            String stored = new GeoJsonWriter(7).write(reader.read(geometry));
            outlines.put(code.group(1), reader.read(stored));
        }
        RegionFileParser.Result regions = new RegionFileParser(CoordinateSystem.CGCS2000).parse(read("gis-data/chongqing/regions.csv"));
        for (RegionRow row : regions.rows()) {
            if (row.level() == RegionLevel.TOWNSHIP && row.lon() != null && row.lat() != null) {
                townships.computeIfAbsent(row.parentCode(), k -> new LinkedHashMap<>())
                        .put(row.code(), new Coordinate(row.lon(), row.lat()));
            }
        }
    }

    List<String> counties() throws IOException {
        List<String> codes = new ArrayList<>();
        String geoJson = new String(read("gis-data/chongqing/county-boundaries.geojson"), StandardCharsets.UTF_8);
        Matcher code = FEATURE.matcher(geoJson);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    @org.junit.jupiter.api.Test
    void theShippedDataHas38CountiesWithTownships() throws IOException {
        assertEquals(38, counties().size());
        assertEquals(38, outlines.size());
        assertTrue(outlines.keySet().stream().allMatch(townships::containsKey), "every county has townships with points");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counties")
    void everyTownshipGetsAValidCellAndTheCellsTileTheCounty(String county) {
        Geometry outline = outlines.get(county);
        Map<String, Coordinate> points = townships.get(county);
        Map<String, Geometry> cells = ApproximateAreas.cells(points, outline);

        assertEquals(points.keySet(), cells.keySet(), "a cell for every township with a point");
        double countyArea = outline.getArea();
        double tolerance = countyArea * AREA_TOLERANCE;
        for (Map.Entry<String, Geometry> cell : cells.entrySet()) {
            Geometry g = cell.getValue();
            assertFalse(g.isEmpty(), cell.getKey() + " is empty");
            assertTrue(g.getArea() > 0, cell.getKey() + " has no area");
            assertTrue(g.getGeometryType().endsWith("Polygon"), cell.getKey() + " is a " + g.getGeometryType());
            IsValidOp valid = new IsValidOp(g);
            assertTrue(valid.isValid(), cell.getKey() + ": " + valid.getValidationError());
            IsValidOp served = new IsValidOp(asServed(g));
            assertTrue(served.isValid(), cell.getKey() + " as served (6 decimals): " + served.getValidationError());
        }
        List<Geometry> list = List.copyOf(cells.values());
        double overlap = 0;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i).getEnvelopeInternal().intersects(list.get(j).getEnvelopeInternal())) {
                    overlap += org.locationtech.jts.operation.overlayng.OverlayNGRobust
                            .overlay(list.get(i), list.get(j), org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION).getArea();
                }
            }
        }
        assertTrue(overlap <= tolerance, "cells overlap by " + overlap / countyArea + " of the county");
        Geometry union = org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(cells.values());
        Geometry valid = outline.isValid() ? outline : outline.buffer(0);
        double gap = org.locationtech.jts.operation.overlayng.OverlayNGRobust
                .overlay(valid, union, org.locationtech.jts.operation.overlayng.OverlayNG.SYMDIFFERENCE).getArea();
        assertTrue(gap <= tolerance, "cells and outline differ by " + gap / countyArea + " of the county");
    }

    /** The cell as the boundaries route writes it (GeoJSON, 6 decimals) and a map reads it back. */
    private static Geometry asServed(Geometry cell) {
        try {
            return new GeoJsonReader().read(new GeoJsonWriter(6).write(cell));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = TownshipAreasChongqingTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
