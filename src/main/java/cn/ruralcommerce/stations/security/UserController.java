package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.security.UserRequests.ChangePasswordRequest;
import cn.ruralcommerce.stations.security.UserRequests.CreateUserRequest;
import cn.ruralcommerce.stations.security.UserRequests.PasswordRequest;
import cn.ruralcommerce.stations.security.UserRequests.ScopeRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Account management for ADMIN (all accounts) and county BUREAU users (their operators), and the caller's own account. */
@Controller("/api")
@Tag(name = "users")
public class UserController {
    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CurrentUser me(Authentication authentication) {
        return CurrentUser.of(authentication);
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    public void changeOwnPassword(@Body @Valid ChangePasswordRequest request, Authentication authentication) {
        users.changeOwnPassword(request.currentPassword(), request.newPassword(), CurrentUser.of(authentication));
    }

    @Get("/users")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public List<UserView> list(Authentication authentication) {
        return users.list(CurrentUser.of(authentication)).stream().map(UserView::of).toList();
    }

    @Get("/users/{username}")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public UserView get(@PathVariable String username, Authentication authentication) {
        return UserView.of(users.get(username, CurrentUser.of(authentication)));
    }

    @Post("/users")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<UserView> create(@Body @Valid CreateUserRequest request, Authentication authentication) {
        return HttpResponse.created(UserView.of(users.create(request, CurrentUser.of(authentication))));
    }

    @Post("/users/{username}/disable")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public UserView disable(@PathVariable String username, Authentication authentication) {
        return UserView.of(users.setEnabled(username, false, CurrentUser.of(authentication)));
    }

    @Post("/users/{username}/enable")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public UserView enable(@PathVariable String username, Authentication authentication) {
        return UserView.of(users.setEnabled(username, true, CurrentUser.of(authentication)));
    }

    @Put("/users/{username}/scope")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public UserView setScope(@PathVariable String username, @Body @Valid ScopeRequest request, Authentication authentication) {
        return UserView.of(users.setScope(username, request.role(), request.scopeCode(), CurrentUser.of(authentication)));
    }

    @Post("/users/{username}/password")
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    @Status(HttpStatus.NO_CONTENT)
    public void setPassword(@PathVariable String username, @Body @Valid PasswordRequest request, Authentication authentication) {
        users.setPassword(username, request.password(), CurrentUser.of(authentication));
    }
}
