package cn.ruralcommerce.stations.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate areas for divisions that have a point but no surveyed boundary (townships): the
 * Voronoi cells of their points, clipped to the enclosing boundary. Good enough for a choropleth,
 * never for deciding which division a place belongs to.
 *
 * <p>Generalised outlines can be invalid (parts of a MultiPolygon touching along an edge or overlapping),
 * on which the classic overlay throws a {@code TopologyException}: the outline is repaired first
 * ({@link GeometryFixer}) and the cells are clipped with {@link OverlayNGRobust}, which falls back to
 * snapping and a fixed precision model when floating-point noding fails.
 */
public final class ApproximateAreas {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ApproximateAreas() {
    }

    /** One cell per code (lon/lat degrees), each inside {@code outline}; codes whose cell is empty are left out. */
    public static Map<String, Geometry> cells(Map<String, Coordinate> points, Geometry rawOutline) {
        Map<String, Geometry> cells = new LinkedHashMap<>();
        if (points.isEmpty()) {
            return cells;
        }
        Geometry outline = rawOutline.isValid() ? rawOutline : GeometryFixer.fix(rawOutline);
        if (points.size() == 1) {
            cells.put(points.keySet().iterator().next(), outline.copy());
            return cells;
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(List.copyOf(points.values()));
        builder.setClipEnvelope(outline.getEnvelopeInternal());
        GeometryCollection diagram = (GeometryCollection) builder.getDiagram(FACTORY);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Coordinate site = (Coordinate) cell.getUserData();
            String code = codeAt(points, site);
            Geometry clipped = polygonal(OverlayNGRobust.overlay(cell, outline, OverlayNG.INTERSECTION));
            if (code != null && !clipped.isEmpty()) {
                cells.put(code, clipped);
            }
        }
        return cells;
    }

    /** The polygon parts of an intersection (which may also hold stray lines and points along shared edges). */
    static Geometry polygonal(Geometry geometry) {
        List<org.locationtech.jts.geom.Polygon> polygons = new java.util.ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Polygon polygon && !polygon.isEmpty()) {
                polygons.add(polygon);
            } else if (part instanceof org.locationtech.jts.geom.MultiPolygon || part instanceof GeometryCollection) {
                Geometry inner = polygonal(part);
                for (int j = 0; j < inner.getNumGeometries(); j++) {
                    polygons.add((org.locationtech.jts.geom.Polygon) inner.getGeometryN(j));
                }
            }
        }
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return FACTORY.createMultiPolygon(polygons.toArray(new org.locationtech.jts.geom.Polygon[0]));
    }

    private static String codeAt(Map<String, Coordinate> points, Coordinate site) {
        Point target = FACTORY.createPoint(site);
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<String, Coordinate> entry : points.entrySet()) {
            double d = target.getCoordinate().distance(entry.getValue());
            if (d < bestDistance) {
                bestDistance = d;
                best = entry.getKey();
            }
        }
        return best;
    }
}
