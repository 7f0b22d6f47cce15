package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** The caller of a request: name, role and scope code, read from the validated token. */
@io.micronaut.serde.annotation.Serdeable
public record CurrentUser(String username, Role role, @Nullable String scopeCode) {

    public static CurrentUser of(Authentication authentication) {
        Role role = authentication.getRoles().stream()
                .map(Role::valueOf)
                .min(Enum::compareTo)
                .orElseThrow(() -> new IllegalStateException("token without role"));
        Object scope = authentication.getAttributes().get(AccountAuthenticationProvider.SCOPE_CLAIM);
        return new CurrentUser(authentication.getName(), role, scope == null ? null : scope.toString());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** ADMIN, PLANNER and any BUREAU may read everything; this says whether the caller may write in the county. */
    public boolean mayWriteInCounty(String countyCode) {
        return isAdmin() || (role == Role.BUREAU && countyCode != null && countyCode.equals(scopeCode));
    }

    /** Whether a region code lies inside the caller's county (ADMIN: everywhere). */
    public boolean covers(String regionCode) {
        return isAdmin() || (role == Role.BUREAU && scopeCode != null && regionCode != null && regionCode.startsWith(scopeCode));
    }
}
