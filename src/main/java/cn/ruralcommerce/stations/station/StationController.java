package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.web.ApiException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.List;

/** Service stations: registration, edits within the caller's scope, lifecycle changes, listing and history. */
@Controller("/api/stations")
@Tag(name = "stations")
public class StationController {
    private final StationService stations;
    private final StationLifecycleService lifecycle;
    private final StationQueryService queries;
    private final StationCounter counter;
    private final Clock clock;
    private final ZoneId zone;

    public StationController(StationService stations, StationLifecycleService lifecycle, StationQueryService queries,
                             StationCounter counter, Clock clock, @Named("bureau") ZoneId zone) {
        this.counter = counter;
        this.clock = clock;
        this.stations = stations;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.zone = zone;
    }

    @Post
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<StationView> create(@Body @Valid StationRequest request, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        return HttpResponse.created(view(stations.create(request, caller), caller));
    }

    @Get("/{code}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME, Role.OPERATOR_NAME})
    public StationView get(@PathVariable String code, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        return view(stations.get(code, caller), caller);
    }

    @Get
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public PageView<StationView> list(@QueryValue @Nullable String region, @QueryValue @Nullable String tier,
                                      @QueryValue @Nullable String status, @QueryValue @Nullable LocalDate activeOn,
                                      @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                                      Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        PageView<Station> found = queries.search(region, tier, status, activeOn, page, size);
        return PageView.of(found.items().stream().map(s -> view(s, caller)).toList(), page, size, found.total());
    }

    /**
     * Station counts by tier and by the status in force at the end of {@code asOf} (default today): every count a
     * page shows comes from here, never from one page of the list. A county bureau counts within its county.
     */
    @Get("/counts")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public StationCountsView counts(@QueryValue @Nullable String region, @QueryValue @Nullable String asOf,
                                    Authentication authentication) {
        if (region == null || region.isBlank()) {
            throw ApiException.badField("region", "必填（50 表示全市，或行政区划代码）", "is required (50 or a division code)");
        }
        String code = RegionCodes.normalize(region).orElseThrow(() ->
                ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        CurrentUser caller = CurrentUser.of(authentication);
        if (caller.role() == Role.BUREAU && !caller.covers(code)) {
            throw ApiException.forbidden("县商务局只能统计本县的站点", "a county bureau counts the stations of its own county only");
        }
        return counter.count(code, day(asOf));
    }

    private LocalDate day(@Nullable String raw) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (raw == null || raw.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(raw.strip());
            if (day.isAfter(today)) {
                throw ApiException.badField("asOf", "日期 " + day + " 晚于今天", "is in the future");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badField("asOf", "'" + raw + "' 不是日期（YYYY-MM-DD）", "is not a date");
        }
    }

    @Put("/{code}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public StationView update(@PathVariable String code, @Body @Valid StationRequest request, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        return view(stations.update(code, request, caller), caller);
    }

    @Put("/{code}/contact")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.OPERATOR_NAME})
    public StationView updateContact(@PathVariable String code, @Body @Valid ContactRequest request,
                                     Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        return view(stations.updateContact(code, request, caller), caller);
    }

    @Post("/{code}/status")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public StationView changeStatus(@PathVariable String code, @Body @Valid StatusChangeRequest request,
                                    Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        return view(lifecycle.changeStatus(code, request, caller), caller);
    }

    @Get("/{code}/history")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME, Role.OPERATOR_NAME})
    public List<StationStatusChange> history(@PathVariable String code, Authentication authentication) {
        return lifecycle.history(code, CurrentUser.of(authentication));
    }

    private StationView view(Station station, CurrentUser caller) {
        return StationView.of(station, StationView.maySeePersonalData(caller, station), zone);
    }
}
