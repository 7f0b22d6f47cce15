package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.coverage.CoverageService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/**
 * The yearly development report (年度发展报告) as JSON, as XLSX, and as an asynchronous job with progress;
 * computed off the event loop and cached for a few minutes per data version.
 */
@Controller("/api/reports")
@Tag(name = "reports")
@Secured({Role.ADMIN_NAME, Role.PLANNER_NAME, Role.BUREAU_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ReportCache cache;
    private final ReportJobs jobs;
    private final CoverageService coverage;
    private final RegionRepository regions;

    /** The body of a job request. */
    @Serdeable
    public record JobRequest(@Nullable String region, @Nullable Object year) {
    }

    public ReportController(ReportCache cache, ReportJobs jobs, CoverageService coverage, RegionRepository regions) {
        this.cache = cache;
        this.jobs = jobs;
        this.coverage = coverage;
        this.regions = regions;
    }

    @Get("/annual")
    public Map<String, Object> annual(@Nullable @QueryValue String region, @Nullable @QueryValue String year,
                                      @Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication user) {
        return cache.get(ReportRequest.parse(region, year, from, to, CurrentUser.of(user), coverage.today()), p -> { });
    }

    @Get(value = "/annual.xlsx", produces = XLSX)
    public HttpResponse<byte[]> annualXlsx(@Nullable @QueryValue String region, @Nullable @QueryValue String year,
                                           @Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication user) {
        ReportRequest r = ReportRequest.parse(region, year, from, to, CurrentUser.of(user), coverage.today());
        byte[] body = ReportWorkbook.write(cache.get(r, p -> { }));
        return HttpResponse.ok(body).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + r.region() + "-" + r.year() + ".xlsx\"");
    }

    @Post("/annual/jobs")
    public HttpResponse<Map<String, String>> startJob(@Body JobRequest body, Authentication user) {
        ReportRequest r = request(body.region(), body.year() == null ? null : String.valueOf(body.year()), user);
        if (!regions.existsById(r.region())) {
            throw ApiException.badField("region", "行政区划 " + r.region() + " 不存在", "unknown division " + r.region());
        }
        return HttpResponse.<Map<String, String>>status(HttpStatus.ACCEPTED).body(Map.of("id", jobs.start(r, user.getName())));
    }

    @Get("/annual/jobs/{id}")
    public ReportJobs.JobView job(@PathVariable String id, Authentication user) {
        ReportJobs.JobView view = jobs.view(id);
        request(view.region(), String.valueOf(view.year()), user);
        return view;
    }

    private ReportRequest request(String region, String year, Authentication user) {
        return ReportRequest.parse(region, year, CurrentUser.of(user), coverage.today());
    }
}
