package cn.ruralcommerce.stations.household;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Households linked to stations (利益联结户); names masked except for ADMIN and the county's BUREAU. */
@Controller("/api/households")
@Tag(name = "households")
@Secured({Role.ADMIN_NAME, Role.BUREAU_NAME, Role.OPERATOR_NAME})
public class HouseholdController {
    private final HouseholdService households;

    public HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @Get
    public List<HouseholdView> list(@QueryValue @Nullable String station, Authentication user) {
        CurrentUser caller = CurrentUser.of(user);
        return households.list(station, caller).stream().map(h -> HouseholdView.of(h, caller)).toList();
    }

    @Get("/{id}")
    public HouseholdView get(@PathVariable Long id, Authentication user) {
        CurrentUser caller = CurrentUser.of(user);
        return HouseholdView.of(households.get(id, caller), caller);
    }

    @Post
    public HttpResponse<HouseholdView> create(@Body @Valid HouseholdRequest request, Authentication user) {
        CurrentUser caller = CurrentUser.of(user);
        return HttpResponse.created(HouseholdView.of(households.create(request, caller), caller));
    }

    @Put("/{id}")
    public HouseholdView update(@PathVariable Long id, @Body @Valid HouseholdRequest request, Authentication user) {
        CurrentUser caller = CurrentUser.of(user);
        return HouseholdView.of(households.update(id, request, caller), caller);
    }

    @Delete("/{id}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<Void> delete(@PathVariable Long id, Authentication user) {
        households.delete(id, CurrentUser.of(user));
        return HttpResponse.noContent();
    }
}
