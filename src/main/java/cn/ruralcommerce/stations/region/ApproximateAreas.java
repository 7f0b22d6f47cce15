package cn.ruralcommerce.stations.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate areas for divisions that have a point but no surveyed boundary (townships): the
 * Voronoi cells of their points, clipped to the enclosing boundary. Good enough for a choropleth,
 * never for deciding which division a place belongs to.
 */
public final class ApproximateAreas {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ApproximateAreas() {
    }

    /** One cell per code (lon/lat degrees), each inside {@code outline}; codes whose cell is empty are left out. */
    public static Map<String, Geometry> cells(Map<String, Coordinate> points, Geometry outline) {
        Map<String, Geometry> cells = new LinkedHashMap<>();
        if (points.isEmpty()) {
            return cells;
        }
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
            Geometry clipped = cell.intersection(outline);
            if (code != null && !clipped.isEmpty()) {
                cells.put(code, clipped);
            }
        }
        return cells;
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
