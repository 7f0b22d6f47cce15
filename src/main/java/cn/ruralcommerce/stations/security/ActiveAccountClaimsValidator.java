package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** Rejects tokens of accounts that were disabled, deleted or re-scoped after the token was issued. */
@Singleton
public class ActiveAccountClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
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
        return accounts.status(subject.toString())
                .filter(AccountStatusCache.Status::enabled)
                .filter(s -> java.util.Objects.equals(s.scopeCode(), scope == null ? null : scope.toString()))
                .isPresent();
    }
}
