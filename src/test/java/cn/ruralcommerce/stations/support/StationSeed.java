package cn.ruralcommerce.stations.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

import java.util.List;
import java.util.Map;

/** Registers an ACTIVE village station in a rural village of 潼南区 through the station API (issue 3 contract). */
public final class StationSeed {
    private StationSeed() {
    }

    /** Creates the station and returns its code. */
    @SuppressWarnings("unchecked")
    public static String activeVillageStation(ApiClient api, String token, String code) {
        List<Map<String, Object>> villages = api.exchange(
                HttpRequest.GET("/api/regions/500152/descendants?level=VILLAGE"), token, List.class).body();
        Map<String, Object> village = villages.stream()
                .filter(v -> Boolean.TRUE.equals(v.get("rural")) && v.get("lon") != null)
                .findFirst().orElseThrow();
        Map<String, Object> station = Map.of(
                "code", code, "name", village.get("name") + "服务站点", "tier", "VILLAGE_STATION",
                "regionCode", village.get("code"), "lon", village.get("lon"), "lat", village.get("lat"),
                "crs", "CGCS2000", "status", "ACTIVE", "openedOn", "2024-01-01", "services", List.of("代购", "代销"));
        HttpResponse<String> response = api.raw(HttpRequest.POST("/api/stations", station), token);
        if (response.code() >= 300) {
            throw new AssertionError("station not created: " + response.code() + " " + response.body());
        }
        return code;
    }
}
