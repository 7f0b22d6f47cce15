package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A county's full data archive: download (ADMIN, or the county's BUREAU) and restore (ADMIN). */
@Controller("/api/counties/{code}/archive")
@Tag(name = "archive")
public class ArchiveController {
    private final ArchiveExporter exporter;
    private final ArchiveRestorer restorer;
    private final RegionRepository regions;

    public ArchiveController(ArchiveExporter exporter, ArchiveRestorer restorer, RegionRepository regions) {
        this.exporter = exporter;
        this.restorer = restorer;
        this.regions = regions;
    }

    @Get(produces = "application/zip")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<byte[]> export(@PathVariable String code, Authentication authentication) {
        if (!CurrentUser.of(authentication).mayWriteInCounty(code)) {
            throw ApiException.forbidden("区县 " + code + " 不在您的管辖范围内", "county " + code + " is outside your scope");
        }
        if (!regions.existsById(code)) {
            throw ApiException.notFound("county", code);
        }
        return HttpResponse.ok(exporter.export(code)).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"county-" + code + "-archive.zip\"");
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.ADMIN_NAME)
    public RestoreReport restore(@PathVariable String code, @Nullable CompletedFileUpload file, Authentication authentication) {
        return restorer.restore(Uploads.bytes(file, "file"), code, CurrentUser.of(authentication));
    }
}
