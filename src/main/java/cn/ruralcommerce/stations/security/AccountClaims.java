package cn.ruralcommerce.stations.security;

import io.micronaut.security.authentication.Authentication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The claims a token carries for an account: role, scope and the token version it was issued under. */
public final class AccountClaims {
    public static final String TOKEN_VERSION_CLAIM = "tokenVersion";

    private AccountClaims() {
    }

    public static Map<String, Object> attributes(AppUser user) {
        Map<String, Object> attributes = new HashMap<>();
        if (user.scopeCode() != null) {
            attributes.put(AccountAuthenticationProvider.SCOPE_CLAIM, user.scopeCode());
        }
        attributes.put(TOKEN_VERSION_CLAIM, user.tokenVersion());
        return attributes;
    }

    public static Authentication authentication(AppUser user) {
        return Authentication.build(user.username(), List.of(user.role().name()), attributes(user));
    }

    /** The token version claim as a number, or -1 when the token has none (issued before versions existed). */
    public static long tokenVersion(Map<String, Object> claims) {
        Object value = claims.get(TOKEN_VERSION_CLAIM);
        return value instanceof Number n ? n.longValue() : -1;
    }
}
