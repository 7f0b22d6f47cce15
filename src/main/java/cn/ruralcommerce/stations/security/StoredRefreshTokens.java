package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.config.UtcInstantConverter;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.generator.RefreshTokenGenerator;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps refresh tokens (as hashes) so that POST /oauth/access_token can issue new access tokens. A refresh
 * answers with the account's current role and scope and a new refresh token; the one presented is spent. A
 * spent token presented again means it was copied: the whole family (every token since that login) is revoked.
 * A refresh fails once the account is disabled, its role, scope or password changed, or the token expired.
 */
@Singleton
public class StoredRefreshTokens implements RefreshTokenPersistence {
    private static final Logger LOG = LoggerFactory.getLogger(StoredRefreshTokens.class);
    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    private final RefreshTokenRepository tokens;
    private final AppUserRepository users;
    private final RefreshTokenGenerator generator;
    private final RefreshTokenValidator validator;
    private final Clock clock;
    private final Duration lifetime;

    public StoredRefreshTokens(RefreshTokenRepository tokens, AppUserRepository users, RefreshTokenGenerator generator,
                               RefreshTokenValidator validator, Clock clock, @Value("${app.refresh-token-lifetime:7d}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.generator = generator;
        this.validator = validator;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A login: the first token of a new family. */
    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        store(event.getRefreshToken(), event.getAuthentication(), UUID.randomUUID().toString());
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Publishers.just(spend(refreshToken).orElseThrow(() -> new OauthErrorResponseException(
                IssuingAnAccessTokenErrorCode.INVALID_GRANT, "refresh token revoked, expired, already used or unknown", null)));
    }

    /**
     * The token that replaces a spent one, in the same family; the caller has just spent it through
     * getAuthentication. Tokens are signed keys: only the key inside (as the event and validator give it) is stored.
     */
    public String rotate(String spentToken, Authentication authentication) {
        RefreshToken spent = validator.validate(spentToken).flatMap(key -> tokens.findByTokenHash(hash(key)))
                .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT, "refresh token unknown", null));
        String key = generator.createKey(authentication);
        String next = generator.generate(authentication, key).orElseThrow(() -> new IllegalStateException("no refresh token generated"));
        store(key, authentication, spent.family());
        return next;
    }

    /** Revokes every refresh token of the account (disabled, re-scoped, new password). */
    public void revokeAll(String username) {
        tokens.revokeAll(username);
    }

    private Optional<Authentication> spend(String refreshToken) {
        Optional<RefreshToken> found = tokens.findByTokenHash(hash(refreshToken));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Instant now = clock.instant();
        if (token.rotatedAt() != null) {
            return reused(token);
        }
        if (token.revoked() || !token.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Optional<AppUser> user = users.findByUsername(token.username())
                .filter(AppUser::enabled)
                .filter(u -> u.tokenVersion() == token.tokenVersion());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.markRotated(token.id(), UTC.convertToPersistedValue(now, null)) == 0) {
            return reused(token);
        }
        return user.map(AccountClaims::authentication);
    }

    private Optional<Authentication> reused(RefreshToken token) {
        int revoked = tokens.revokeFamily(token.family());
        LOG.warn("a spent refresh token of {} was presented again: revoked its family ({} tokens)", token.username(), revoked);
        return Optional.empty();
    }

    private void store(String refreshToken, Authentication authentication, String family) {
        Instant now = clock.instant();
        long version = AccountClaims.tokenVersion(authentication.getAttributes());
        tokens.save(new RefreshToken(null, hash(refreshToken), authentication.getName(), now, now.plus(lifetime), false,
                family, (int) version, null));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
