package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.gis.CoordinateSystem;

/** Request parameters parsed into domain values, each failure a 400 naming the parameter. */
public final class Params {
    private Params() {
    }

    public static CoordinateSystem crs(String field, String value) {
        if (value == null || value.isBlank()) {
            return CoordinateSystem.CGCS2000;
        }
        try {
            return CoordinateSystem.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(field, e.getMessage());
        }
    }
}
