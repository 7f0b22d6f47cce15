package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.catalog.BrandRequests.BrandRequest;
import cn.ruralcommerce.stations.catalog.BrandRequests.BrandView;
import cn.ruralcommerce.stations.catalog.BrandRequests.FlagshipRequest;
import cn.ruralcommerce.stations.catalog.BrandRequests.TagRequest;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** County flagship designations (拳头产品) and regional public brands (区域公用品牌). */
@Controller("/api/catalog")
@Tag(name = "catalog")
public class BrandController {
    private final FlagshipService flagships;
    private final BrandService brands;

    public BrandController(FlagshipService flagships, BrandService brands) {
        this.flagships = flagships;
        this.brands = brands;
    }

    @Get("/flagships")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CountyFlagship> flagships(@QueryValue @Nullable String county) {
        return flagships.of(county);
    }

    @Put("/flagships/{county}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public List<CountyFlagship> designate(@PathVariable String county, @Body @Valid FlagshipRequest request, Authentication user) {
        return flagships.designate(county, request.categoryCodes(), CurrentUser.of(user));
    }

    @Get("/brands")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<BrandView> brands() {
        return brands.list();
    }

    @Post("/brands")
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<BrandView> create(@Body @Valid BrandRequest request, Authentication user) {
        return HttpResponse.created(brands.create(request, CurrentUser.of(user)));
    }

    @Post("/brands/{id}/tags")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public BrandView tag(@PathVariable Long id, @Body @Valid TagRequest request, Authentication user) {
        return brands.tag(id, request, CurrentUser.of(user));
    }
}
