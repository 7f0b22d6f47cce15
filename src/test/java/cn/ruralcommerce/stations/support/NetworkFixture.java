package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The sample divisions of {@link RegionFixture} with a boundary for 潼南区 (a box over lon 105.5–106.0,
 * lat 30.0–30.4) and 荣昌区, plus station request bodies at the sample's division points.
 */
public final class NetworkFixture {
    public static final String COUNTY = "500152";
    public static final String TOWNSHIP = "500152113";
    public static final String VILLAGE = "500152113201";
    public static final String VILLAGE2 = "500152113202";
    public static final String URBAN = "500152113001";
    public static final String OTHER_TOWNSHIP = "500152114";
    public static final String OTHER_VILLAGE = "500152114201";

    public static final String BOUNDARIES = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"code\":\"500152\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[105.5,30.0],[106.0,30.0],[106.0,30.4],[105.5,30.4],[105.5,30.0]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"code\":\"500153\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[105.3,29.2],[105.8,29.2],[105.8,29.6],[105.3,29.6],[105.3,29.2]]]}}]}";

    private NetworkFixture() {
    }

    /** Loads the sample divisions and boundaries once per database. */
    public static void ensureRegions(RegionRepository regions, RegionImportService importer, BoundaryService boundaries) {
        if (regions.existsById(COUNTY)) {
            return;
        }
        importer.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000,
                false, false, "test");
        boundaries.importFeatures(BOUNDARIES.getBytes(StandardCharsets.UTF_8), false, "test");
    }

    /** A village station request in 中渡村 (rural), ACTIVE since 2023-01-10, with an operator. */
    public static Map<String, Object> villageStation(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "中渡村服务站 " + code);
        body.put("tier", "VILLAGE_STATION");
        body.put("regionCode", VILLAGE);
        body.put("lon", 105.741);
        body.put("lat", 30.061);
        body.put("status", "ACTIVE");
        body.put("openedOn", "2023-01-10");
        body.put("services", java.util.List.of("PARCELS", "代购"));
        body.put("operator", Map.of("name", "张三", "phone", "13800138000"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
