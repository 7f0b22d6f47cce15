package cn.ruralcommerce.stations.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keeps refresh tokens (as hashes) so that POST /oauth/access_token can issue new access tokens; a
 * refresh answers with the account's current role and scope, and fails once the account is disabled,
 * its password changed, or the token expired.
 */
@Singleton
public class StoredRefreshTokens implements RefreshTokenPersistence {
    private final RefreshTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;
    private final Duration lifetime;

    public StoredRefreshTokens(RefreshTokenRepository tokens, AppUserRepository users, Clock clock,
                               @Value("${app.refresh-token-lifetime:7d}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Instant now = clock.instant();
        tokens.save(new RefreshToken(null, hash(event.getRefreshToken()), event.getAuthentication().getName(),
                now, now.plus(lifetime), false));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Publishers.just(tokens.findByTokenHash(hash(refreshToken))
                .filter(t -> !t.revoked() && t.expiresAt().isAfter(clock.instant()))
                .flatMap(t -> users.findByUsername(t.username()))
                .filter(AppUser::enabled)
                .map(StoredRefreshTokens::authentication)
                .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                        "refresh token revoked, expired or unknown", null)));
    }

    /** Revokes every refresh token of the account (disabled, re-scoped, new password). */
    public void revokeAll(String username) {
        tokens.revokeAll(username);
    }

    private static Authentication authentication(AppUser user) {
        Map<String, Object> attributes = user.scopeCode() == null ? Map.of()
                : Map.of(AccountAuthenticationProvider.SCOPE_CLAIM, user.scopeCode());
        return Authentication.build(user.username(), List.of(user.role().name()), attributes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
