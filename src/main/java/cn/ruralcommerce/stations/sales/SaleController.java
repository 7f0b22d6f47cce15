package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.CatalogService;
import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.CategoryLevel;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sales logging (销售登记): single entries keyed by the Idempotency-Key header, offline batches, reversals. */
@Controller("/api/sales")
@Tag(name = "sales")
@Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.OPERATOR_NAME})
public class SaleController {
    static final String KEY_HEADER = "Idempotency-Key";

    private final SaleService sales;
    private final ReversalService reversals;
    private final SaleHouseholdRepository links;
    private final CatalogService catalog;

    public SaleController(SaleService sales, ReversalService reversals, SaleHouseholdRepository links, CatalogService catalog) {
        this.catalog = catalog;
        this.sales = sales;
        this.reversals = reversals;
        this.links = links;
    }

    /** A product name checked against its category before a sale is entered: OK, WARN (no keyword) or MISMATCH (refused on POST). */
    @Serdeable
    public record NameCheckView(String verdict, String message) {
    }

    @Get("/name-check")
    public NameCheckView nameCheck(@QueryValue @Nullable String categoryCode, @QueryValue @Nullable String productName) {
        if (categoryCode == null || categoryCode.isBlank()) {
            throw ApiException.badField("categoryCode", "请选择品类", "is required");
        }
        if (productName == null || productName.isBlank() || productName.strip().length() > 100) {
            throw ApiException.badField("productName", "请填写 1 至 100 字的商品名称", "is required, at most 100 characters");
        }
        Map<String, Category> chain = catalog.withAncestors(List.of(categoryCode.strip()));
        Category category = chain.get(categoryCode.strip());
        if (category == null || category.level() != CategoryLevel.SMALL) {
            throw ApiException.badField("categoryCode", "'" + categoryCode.strip() + "' 不是小品类", "'" + categoryCode.strip() + "' is not a SMALL category");
        }
        List<Category> ancestors = new ArrayList<>();
        for (Category c = category; c != null && ancestors.size() < 4; c = c.parentCode() == null ? null : chain.get(c.parentCode())) {
            ancestors.add(c);
        }
        ProductNameCheck.Verdict verdict = ProductNameCheck.SHIPPED.check(productName, ancestors);
        return new NameCheckView(verdict.kind().name(), verdict.message());
    }

    /** 201 with the new entry; 200 with the original for a replay; 409 for a key reused with another body. */
    @Post
    @Connectable
    public HttpResponse<SaleView> create(@Header(KEY_HEADER) @Nullable String key, @Body @Nullable SaleRequest request,
                                         Authentication user) {
        String problem = SaleService.keyProblem(key);
        if (problem != null) {
            throw ApiException.badField(KEY_HEADER, problem);
        }
        if (request == null) {
            throw ApiException.badField("body", "请求体须为一笔销售", "a sale is required");
        }
        if (request.idempotencyKey() != null && !request.idempotencyKey().equals(key)) {
            throw ApiException.badField("idempotencyKey", "单笔销售的键取自 " + KEY_HEADER + " 请求头；请求体中的该字段只用于批量提交", "a single sale takes its key from the " + KEY_HEADER
                    + " header; the body field is for batch entries");
        }
        CurrentUser caller = CurrentUser.of(user);
        SaleService.Outcome outcome = sales.recordWithViews(List.of(request), List.of(key), caller);
        SaleResult result = outcome.results().get(0);
        return switch (result.status()) {
            case CREATED -> HttpResponse.created(outcome.created().get(0));
            case REPLAYED -> HttpResponse.ok(view(result.id(), caller));
            case CONFLICT -> throw ApiException.conflict(result.errors().get(0).message(), result.errors().get(0).inEnglish().message());
            case FORBIDDEN -> throw ApiException.forbidden(result.errors().get(0).message(), result.errors().get(0).inEnglish().message());
            case INVALID -> throw ApiException.badFields(result.errors());
        };
    }

    /** One result per entry, in order; the batch itself is refused only when malformed or over 500 entries. */
    @Post("/batch")
    @Connectable
    public List<SaleResult> batch(@Body @Nullable SaleBatchRequest request, Authentication user) {
        if (request == null || request.entries() == null || request.entries().isEmpty()) {
            throw ApiException.badField("entries", "至少需要一笔", "at least one entry is required");
        }
        if (request.entries().size() > SaleService.MAX_BATCH) {
            throw ApiException.badField("entries", "每批最多 " + SaleService.MAX_BATCH + " 笔，本批 " + request.entries().size() + " 笔", "at most " + SaleService.MAX_BATCH + " entries per batch, got " + request.entries().size());
        }
        List<String> keys = new ArrayList<>();
        request.entries().forEach(e -> keys.add(e == null ? null : e.idempotencyKey()));
        if (request.entries().contains(null)) {
            throw ApiException.badFields(List.of(new FieldError("entries", "有一笔为空（null）", "an entry is null")));
        }
        return sales.record(request.entries(), keys, CurrentUser.of(user));
    }

    @Get("/{id}")
    public SaleView get(@PathVariable Long id, Authentication user) {
        return view(id, CurrentUser.of(user));
    }

    @Post("/{id}/reversal")
    public HttpResponse<SaleView> reverse(@PathVariable Long id, @Body @Nullable ReversalRequest request, Authentication user) {
        CurrentUser caller = CurrentUser.of(user);
        return HttpResponse.created(view(reversals.reverse(id, request, caller), caller));
    }

    private SaleView view(Long id, CurrentUser caller) {
        return SaleView.of(sales.get(id, caller), links.findBySaleIdOrderById(id));
    }
}
