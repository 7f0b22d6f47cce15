package cn.ruralcommerce.stations.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/** Answers a refresh with a new access token and a new refresh token (rotation) instead of the one presented. */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
public class RotatingLoginHandler extends AccessRefreshTokenLoginHandler {
    private final StoredRefreshTokens refreshTokens;

    public RotatingLoginHandler(AccessRefreshTokenGenerator generator, StoredRefreshTokens refreshTokens) {
        super(generator);
        this.refreshTokens = refreshTokens;
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        String next = refreshTokens.rotate(refreshToken, authentication);
        return accessRefreshTokenGenerator.generate(next, authentication)
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::serverError);
    }
}
