package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.StationFileController;
import cn.ruralcommerce.stations.web.Params;
import cn.ruralcommerce.stations.web.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.time.ZoneId;
import java.util.List;

/** Logistics nodes: CRUD within the caller's county, listing, import/export and the county-township-village chain check. */
@Controller("/api/logistics-nodes")
@Tag(name = "logistics")
public class LogisticsNodeController {
    private final LogisticsNodeService service;
    private final LogisticsNodeRepository nodes;
    private final LogisticsImportService importer;
    private final LogisticsExportService exporter;
    private final ChainCheckService chains;
    private final ZoneId zone;

    public LogisticsNodeController(LogisticsNodeService service, LogisticsNodeRepository nodes, LogisticsImportService importer,
                                   LogisticsExportService exporter, ChainCheckService chains, @Named("bureau") ZoneId zone) {
        this.service = service;
        this.nodes = nodes;
        this.importer = importer;
        this.exporter = exporter;
        this.chains = chains;
        this.zone = zone;
    }

    @Post
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<LogisticsNodeView> create(@Body @Valid LogisticsNodeRequest request, Authentication authentication) {
        return HttpResponse.created(LogisticsNodeView.of(service.create(request, CurrentUser.of(authentication)), zone));
    }

    @Get("/{code}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public LogisticsNodeView get(@PathVariable String code) {
        return LogisticsNodeView.of(service.get(code), zone);
    }

    @Get
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public List<LogisticsNodeView> list(@QueryValue(defaultValue = "") String region) {
        String prefix = region.isBlank() ? "" : cn.ruralcommerce.stations.region.RegionCodes.normalize(region)
                .orElseThrow(() -> cn.ruralcommerce.stations.web.ApiException.badField("region", "不是行政区划代码", "is not a division code"));
        return nodes.findWithin(prefix).stream().map(n -> LogisticsNodeView.of(n, zone)).toList();
    }

    @Put("/{code}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public LogisticsNodeView update(@PathVariable String code, @Body @Valid LogisticsNodeRequest request, Authentication authentication) {
        return LogisticsNodeView.of(service.update(code, request, CurrentUser.of(authentication)), zone);
    }

    @Delete("/{code}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    @Status(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String code, Authentication authentication) {
        service.delete(code, CurrentUser.of(authentication));
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public ImportReport importFile(@Nullable CompletedFileUpload file, @QueryValue(defaultValue = "CGCS2000") String crs,
                                   @QueryValue(defaultValue = "false") boolean skipBadRows,
                                   @QueryValue(defaultValue = "false") boolean dryRun, Authentication authentication) {
        CoordinateSystem system = Params.crs("crs", crs);
        return importer.importFile(Uploads.bytes(file, "file"), system, skipBadRows, dryRun, CurrentUser.of(authentication));
    }

    @Get("/export")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public HttpResponse<byte[]> export(@QueryValue(defaultValue = "csv") String format, @QueryValue @Nullable String region) {
        return StationFileController.download(exporter.export(format, region), format, "logistics-nodes");
    }

    @Get("/chain-check")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public ChainReport chainCheck(@QueryValue(defaultValue = "") String region) {
        if (region.isBlank()) {
            throw cn.ruralcommerce.stations.web.ApiException.badField("region", "必填（区县、乡镇或行政村代码）", "is required (a county, township or village code)");
        }
        return chains.check(region);
    }
}
