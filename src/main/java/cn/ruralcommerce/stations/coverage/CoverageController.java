package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Coverage of rural villages, exports of the uncovered ones, what-if comparisons and site planning. */
@Controller("/api/coverage")
@Tag(name = "coverage")
@Secured({Role.ADMIN_NAME, Role.PLANNER_NAME, Role.BUREAU_NAME})
public class CoverageController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CoverageService coverage;
    private final PlanningService planning;
    private final CoverageExports exports;

    public CoverageController(CoverageService coverage, PlanningService planning, CoverageExports exports) {
        this.coverage = coverage;
        this.planning = planning;
        this.exports = exports;
    }

    /**
     * Coverage summary, township rows and both gap lists: {@code uncovered} (服务半径外的村) and {@code withoutStation}
     * (无村级站点的行政村); {@code kind=BEYOND_RADIUS|WITHOUT_STATION} returns only that list (the other is null).
     */
    @Get
    public CoverageView coverage(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                 @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                 @Nullable @QueryValue String effectiveDays, @Nullable @QueryValue String kind, Authentication user) {
        CoverageQuery query = query(region, radiusKm, tiers, asOf, effectiveDays, user);
        return coverage.view(query, GapKind.parse(kind, null));
    }

    /** A gap list as GeoJSON points: {@code kind} BEYOND_RADIUS (default, 服务半径外的村) or WITHOUT_STATION (无村级站点的行政村). */
    @Get(value = "/uncovered.geojson", produces = "application/geo+json")
    public String uncoveredGeoJson(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                   @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                   @Nullable @QueryValue String effectiveDays, @Nullable @QueryValue String kind, Authentication user) {
        CoverageQuery query = query(region, radiusKm, tiers, asOf, effectiveDays, user);
        GapKind gap = GapKind.parse(kind, GapKind.BEYOND_RADIUS);
        return exports.gapGeoJson(coverage.view(query, gap), gap);
    }

    /** A gap list as CSV: {@code kind} BEYOND_RADIUS (default) or WITHOUT_STATION (in priority order). */
    @Get(value = "/uncovered.csv", produces = "text/csv;charset=UTF-8")
    public HttpResponse<byte[]> uncoveredCsv(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                             @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                             @Nullable @QueryValue String effectiveDays, @Nullable @QueryValue String kind, Authentication user) {
        CoverageQuery query = query(region, radiusKm, tiers, asOf, effectiveDays, user);
        GapKind gap = GapKind.parse(kind, GapKind.BEYOND_RADIUS);
        CoverageView view = coverage.view(query, gap);
        return attachment(exports.gapCsv(view, gap), gap.slug() + "-" + view.region().code() + ".csv", "text/csv;charset=UTF-8");
    }

    /** A gap list as XLSX: {@code kind} BEYOND_RADIUS (default) or WITHOUT_STATION (in priority order). */
    @Get(value = "/uncovered.xlsx", produces = XLSX)
    public HttpResponse<byte[]> uncoveredXlsx(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                              @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                              @Nullable @QueryValue String effectiveDays, @Nullable @QueryValue String kind, Authentication user) {
        CoverageQuery query = query(region, radiusKm, tiers, asOf, effectiveDays, user);
        GapKind gap = GapKind.parse(kind, GapKind.BEYOND_RADIUS);
        CoverageView view = coverage.view(query, gap);
        return attachment(exports.gapXlsx(view, gap), gap.slug() + "-" + view.region().code() + ".xlsx", XLSX);
    }

    @Get(value = "/townships.geojson", produces = "application/geo+json")
    public String townshipsGeoJson(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                   @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                   @Nullable @QueryValue String effectiveDays, Authentication user) {
        return exports.townshipsGeoJson(coverage.view(query(region, radiusKm, tiers, asOf, effectiveDays, user), GapKind.BEYOND_RADIUS));
    }

    @Post("/what-if")
    public WhatIfView whatIf(@Body @Valid WhatIfRequest request, Authentication user) {
        CoverageQuery query = query(request.region(), request.radiusKm() == null ? null : request.radiusKm().toString(),
                request.tiers(), request.asOf(), null, user);
        return planning.whatIf(query, request);
    }

    @Get("/plan")
    public PlanView plan(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                         @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                         @Nullable @QueryValue Integer k, @Nullable @QueryValue Double targetCoverage, Authentication user) {
        return planning.plan(query(region, radiusKm, tiers, asOf, null, user), k, targetCoverage);
    }

    /**
     * Which villages without a village service point should get one first (无村级站点的行政村, administrative gap): the
     * first {@code k} in priority order, or the fewest that lift 行政村覆盖率 to {@code targetCoverage}.
     */
    @Get("/priorities")
    public PriorityView priorities(@Nullable @QueryValue String region, @Nullable @QueryValue String radiusKm,
                                   @Nullable @QueryValue String tiers, @Nullable @QueryValue String asOf,
                                   @Nullable @QueryValue Integer k, @Nullable @QueryValue Double targetCoverage, Authentication user) {
        return planning.priorities(query(region, radiusKm, tiers, asOf, null, user), k, targetCoverage);
    }

    private CoverageQuery query(String region, String radiusKm, String tiers, String asOf, String effectiveDays, Authentication user) {
        CoverageQuery query = CoverageQuery.parse(region, radiusKm, tiers, asOf, effectiveDays, coverage.today());
        CurrentUser caller = CurrentUser.of(user);
        if (caller.role() == Role.BUREAU && !caller.covers(query.region())) {
            throw ApiException.forbidden("县商务局只能查看本县的覆盖情况", "a county bureau sees the coverage of its own county only");
        }
        return query;
    }

    private static HttpResponse<byte[]> attachment(byte[] body, String filename, String type) {
        return HttpResponse.ok(body).contentType(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
