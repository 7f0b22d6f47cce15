package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.Params;
import cn.ruralcommerce.stations.web.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Locale;

/** Bulk import (CSV/XLSX, all-or-nothing, dry run) and export (CSV/XLSX/GeoJSON) of stations. */
@Controller("/api/stations")
@Tag(name = "stations")
public class StationFileController {
    private final StationImportService importer;
    private final StationExportService exporter;

    public StationFileController(StationImportService importer, StationExportService exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public ImportReport importFile(@Nullable CompletedFileUpload file,
                                   @QueryValue(defaultValue = "CGCS2000") String crs,
                                   @QueryValue(defaultValue = "false") boolean skipBadRows,
                                   @QueryValue(defaultValue = "false") boolean dryRun,
                                   Authentication authentication) {
        return importer.importFile(Uploads.bytes(file, "file"), Params.crs("crs", crs), skipBadRows, dryRun,
                CurrentUser.of(authentication));
    }

    @Get("/export")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.PLANNER_NAME})
    public HttpResponse<byte[]> export(@QueryValue(defaultValue = "csv") String format, @QueryValue @Nullable String region,
                                       @QueryValue @Nullable String tier, @QueryValue @Nullable String status,
                                       Authentication authentication) {
        byte[] body = exporter.export(format, region, tier, status, CurrentUser.of(authentication));
        return download(body, format, "stations");
    }

    /** A file download response with the content type and name of the format. */
    public static HttpResponse<byte[]> download(byte[] body, String format, String baseName) {
        String lower = format.toLowerCase(Locale.ROOT);
        String type = switch (lower) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "geojson" -> "application/geo+json";
            default -> "text/csv; charset=utf-8";
        };
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + lower + "\"");
    }
}
