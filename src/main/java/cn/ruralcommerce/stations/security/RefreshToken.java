package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An issued refresh token, kept only as its SHA-256 hash, with its account, lifetime and revocation; the family
 * links the tokens that replaced one another since a login, rotatedAt marks a token already exchanged, and
 * tokenVersion is the account's token version when it was issued.
 */
@MappedEntity("refresh_token")
public record RefreshToken(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        String username,
        @UtcMillis Instant issuedAt,
        @UtcMillis Instant expiresAt,
        boolean revoked,
        String family,
        int tokenVersion,
        @UtcMillis @Nullable Instant rotatedAt) {
}
