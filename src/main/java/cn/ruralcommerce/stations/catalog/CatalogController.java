package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.imports.ImportReport;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** The "528" taxonomy (528工程品类): lookup, children, search, import/export and programme progress. */
@Controller("/api/catalog")
@Tag(name = "catalog")
public class CatalogController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CatalogService catalog;
    private final CategoryImportService importer;

    public CatalogController(CatalogService catalog, CategoryImportService importer) {
        this.catalog = catalog;
        this.importer = importer;
    }

    @Get("/categories")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CategoryView> list(@QueryValue @Nullable String level, @QueryValue @Nullable String q,
                                   @QueryValue(defaultValue = "50") int limit) {
        if (q != null) {
            return catalog.search(q, limit).stream().map(CategoryView::of).toList();
        }
        return catalog.list(level(level)).stream().map(CategoryView::of).toList();
    }

    @Get("/categories/{code}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CategoryView get(@PathVariable String code) {
        return CategoryView.of(catalog.get(code));
    }

    @Get("/categories/{code}/children")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CategoryView> children(@PathVariable String code) {
        return catalog.children(code).stream().map(CategoryView::of).toList();
    }

    @Get("/progress")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProgressView progress() {
        return catalog.progress();
    }

    @Post(value = "/categories/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.ADMIN_NAME)
    public ImportReport importFile(@Nullable CompletedFileUpload file,
                                   @QueryValue(defaultValue = "false") boolean skipBadLines,
                                   @QueryValue(defaultValue = "false") boolean dryRun,
                                   Authentication user) {
        return importer.importFile(Uploads.bytes(file, "file"), skipBadLines, dryRun, user.getName());
    }

    @Get("/categories/export")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<byte[]> export(@QueryValue(defaultValue = "csv") String format) {
        List<Category> all = catalog.list(null);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> HttpResponse.ok(CategoryExporter.csv(all)).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=categories.csv");
            case "xlsx" -> HttpResponse.ok(CategoryExporter.xlsx(all)).contentType(XLSX)
                    .header("Content-Disposition", "attachment; filename=categories.xlsx");
            default -> throw ApiException.badField("format", "格式须为 csv 或 xlsx", "must be csv or xlsx");
        };
    }

    private static CategoryLevel level(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CategoryLevel.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("level", "须为 LARGE（大类）、MEDIUM（中类）或 SMALL（小类）", "must be LARGE, MEDIUM or SMALL");
        }
    }
}
