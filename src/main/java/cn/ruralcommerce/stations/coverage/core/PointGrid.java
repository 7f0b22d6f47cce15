package cn.ruralcommerce.stations.coverage.core;

import cn.ruralcommerce.stations.gis.Geodesy;

/**
 * Immutable uniform lon/lat grid over a set of points, stored cell by cell in row-major order, so the
 * points of one grid row between two columns are contiguous; does not wrap at the antimeridian.
 */
final class PointGrid {

    /** Default cell edge in degrees: about 3.3 km north-south, 2.9 km east-west at 30°N. */
    static final double DEFAULT_CELL_DEGREES = 0.03;
    /** Cells are enlarged until there are at most this many, or four per point. */
    private static final int MIN_CELL_BUDGET = 1 << 16;

    final double minLon;
    final double minLat;
    /** Cell edge, degrees. */
    final double cell;
    final int cols;
    final int rows;
    /** Start offset of each cell in {@link #ids}; length cols * rows + 1. */
    final int[] cellStart;
    /** Point numbers (positions in the input arrays) in cell order. */
    final int[] ids;
    /** Longitudes and latitudes in cell order, degrees. */
    final double[] lons;
    final double[] lats;
    /** Earth-centred x, y, z of each point in cell order, metres, three per point. */
    final double[] xyz;

    private PointGrid(double minLon, double minLat, double cell, int cols, int rows, int n) {
        this.minLon = minLon;
        this.minLat = minLat;
        this.cell = cell;
        this.cols = cols;
        this.rows = rows;
        this.cellStart = new int[cols * rows + 1];
        this.ids = new int[n];
        this.lons = new double[n];
        this.lats = new double[n];
        this.xyz = new double[3 * n];
    }

    /** Builds the grid over the first {@code n} points of the arrays (degrees) by counting sort. */
    static PointGrid build(double[] lon, double[] lat, int n) {
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minLon = Math.min(minLon, lon[i]);
            maxLon = Math.max(maxLon, lon[i]);
            minLat = Math.min(minLat, lat[i]);
            maxLat = Math.max(maxLat, lat[i]);
        }
        if (n == 0) {
            return new PointGrid(0, 0, 1, 0, 0, 0);
        }
        long budget = Math.max(MIN_CELL_BUDGET, 4L * n);
        double cell = DEFAULT_CELL_DEGREES;
        while (cellCount(maxLon - minLon, cell) * cellCount(maxLat - minLat, cell) > budget) {
            cell *= 2;
        }
        PointGrid grid = new PointGrid(minLon, minLat, cell, (int) cellCount(maxLon - minLon, cell),
            (int) cellCount(maxLat - minLat, cell), n);
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = grid.row(lat[i]) * grid.cols + grid.col(lon[i]);
            grid.cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < grid.cols * grid.rows; c++) {
            grid.cellStart[c + 1] += grid.cellStart[c];
        }
        int[] next = java.util.Arrays.copyOf(grid.cellStart, grid.cellStart.length - 1);
        for (int i = 0; i < n; i++) {
            int at = next[cellOf[i]]++;
            grid.ids[at] = i;
            grid.lons[at] = lon[i];
            grid.lats[at] = lat[i];
            Points.ecef(lon[i], lat[i], grid.xyz, 3 * at);
        }
        return grid;
    }

    private static long cellCount(double spanDegrees, double cell) {
        return (long) Math.floor(spanDegrees / cell) + 1;
    }

    int size() {
        return ids.length;
    }

    int col(double lon) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((lon - minLon) / cell)));
    }

    int row(double lat) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((lat - minLat) / cell)));
    }

    /**
     * Cells of the box that contains every point within {@code metres} of (lon, lat), as
     * {col0, col1, row0, row1} inclusive in {@code out}; false when the box misses the grid.
     */
    boolean box(double lon, double lat, double metres, int[] out) {
        if (ids.length == 0) {
            return false;
        }
        double dLat = Geodesy.degreesLatForMetres(metres);
        double farLat = Math.min(90, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
        double dLon = Geodesy.degreesLonForMetres(metres, farLat);
        if (lon + dLon < minLon || lon - dLon > minLon + cols * cell
            || lat + dLat < minLat || lat - dLat > minLat + rows * cell) {
            return false;
        }
        out[0] = col(lon - dLon);
        out[1] = col(lon + dLon);
        out[2] = row(lat - dLat);
        out[3] = row(lat + dLat);
        return true;
    }
}
