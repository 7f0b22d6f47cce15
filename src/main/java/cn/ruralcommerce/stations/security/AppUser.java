package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import cn.ruralcommerce.stations.config.UtcMillis;

import java.time.Instant;

/**
 * A login account with its role and scope (county code for BUREAU, station code for OPERATOR). The token
 * version rises with every change of role, scope, password or enabled flag and ends every token issued before.
 */
@MappedEntity("app_user")
public record AppUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable String scopeCode,
        @Nullable String displayName,
        boolean enabled,
        @UtcMillis Instant createdAt,
        @UtcMillis Instant updatedAt,
        int tokenVersion) {

    public AppUser withEnabled(boolean value, Instant now) {
        return new AppUser(id, username, passwordHash, role, scopeCode, displayName, value, createdAt, now, tokenVersion + 1);
    }

    public AppUser withScope(Role newRole, @Nullable String newScope, Instant now) {
        return new AppUser(id, username, passwordHash, newRole, newScope, displayName, enabled, createdAt, now, tokenVersion + 1);
    }

    public AppUser withPasswordHash(String hash, Instant now) {
        return new AppUser(id, username, hash, role, scopeCode, displayName, enabled, createdAt, now, tokenVersion + 1);
    }
}
