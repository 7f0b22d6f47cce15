package cn.ruralcommerce.stations.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the browser pages need to know before calling the API: an optional background tile layer and
 * which feature APIs this build serves, so a page shows "not available" instead of calling a missing route.
 */
@Controller("/api/ui/config")
@Tag(name = "web")
@Secured(SecurityRule.IS_ANONYMOUS)
public class UiConfigController {
    /** A feature is available when its representative route exists. */
    private record FeatureRoute(String feature, HttpMethod method, String path) {
    }

    private static final List<FeatureRoute> FEATURE_ROUTES = List.of(
            new FeatureRoute("stations", HttpMethod.GET, "/api/stations"),
            new FeatureRoute("stationImport", HttpMethod.POST, "/api/stations/import"),
            new FeatureRoute("logistics", HttpMethod.GET, "/api/logistics-nodes"),
            new FeatureRoute("chainCheck", HttpMethod.GET, "/api/logistics-nodes/chain-check"),
            new FeatureRoute("coverage", HttpMethod.GET, "/api/coverage"),
            new FeatureRoute("plan", HttpMethod.GET, "/api/coverage/plan"),
            new FeatureRoute("whatIf", HttpMethod.POST, "/api/coverage/what-if"),
            new FeatureRoute("catalog", HttpMethod.GET, "/api/catalog/categories"),
            new FeatureRoute("sales", HttpMethod.POST, "/api/sales"),
            new FeatureRoute("salesBatch", HttpMethod.POST, "/api/sales/batch"),
            new FeatureRoute("stats", HttpMethod.GET, "/api/stats/sales"));

    private final Router router;
    private final String tileUrl;
    private final String tileAttribution;

    public UiConfigController(Router router,
                              @Value("${app.map.tile-url:}") String tileUrl,
                              @Value("${app.map.tile-attribution:}") String tileAttribution) {
        this.router = router;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @Get
    public UiConfig config(HttpRequest<?> request) {
        Map<String, Boolean> features = new LinkedHashMap<>();
        for (FeatureRoute route : FEATURE_ROUTES) {
            features.put(route.feature(), router.find(route.method(), route.path(), request).findAny().isPresent());
        }
        return new UiConfig(tileUrl.isBlank() ? null : tileUrl, tileAttribution, features);
    }

    /** Tile layer URL template (null: vector layers only) and feature availability. */
    @Serdeable
    public record UiConfig(@Nullable String tileUrl, String tileAttribution, Map<String, Boolean> features) {
    }
}
