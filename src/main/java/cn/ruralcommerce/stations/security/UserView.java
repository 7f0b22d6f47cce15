package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An account as shown to administrators: never the password hash. */
@Serdeable
public record UserView(String username, Role role, @Nullable String scopeCode, @Nullable String displayName,
                       boolean enabled, Instant createdAt, Instant updatedAt) {
    public static UserView of(AppUser u) {
        return new UserView(u.username(), u.role(), u.scopeCode(), u.displayName(), u.enabled(), u.createdAt(), u.updatedAt());
    }
}
