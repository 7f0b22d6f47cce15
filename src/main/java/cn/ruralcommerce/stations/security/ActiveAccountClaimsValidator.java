package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Rejects the tokens of accounts that were disabled or deleted, and every token issued before the account's
 * role, scope, password or enabled flag last changed (its token version claim is no longer the current one).
 */
@Singleton
public class ActiveAccountClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private static final String ROLES_CLAIM = "roles";

    private final AccountStatusCache accounts;

    public ActiveAccountClaimsValidator(AccountStatusCache accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null) {
            return false;
        }
        Object scope = claims.get(AccountAuthenticationProvider.SCOPE_CLAIM);
        Object version = claims.get(AccountClaims.TOKEN_VERSION_CLAIM);
        List<String> roles = roles(claims.get(ROLES_CLAIM));
        return accounts.status(subject.toString())
                .filter(AccountStatusCache.Status::enabled)
                .filter(s -> version instanceof Number n && n.longValue() == s.tokenVersion())
                .filter(s -> roles.equals(List.of(s.role().name())))
                .filter(s -> Objects.equals(s.scopeCode(), scope == null ? null : scope.toString()))
                .isPresent();
    }

    private static List<String> roles(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }
}
