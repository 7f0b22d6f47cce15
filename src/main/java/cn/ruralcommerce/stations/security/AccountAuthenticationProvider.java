package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Checks a username and password against the accounts table; the JWT then carries role and scope. */
@Singleton
public class AccountAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    public static final String SCOPE_CLAIM = "scopeCode";

    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public AccountAuthenticationProvider(AppUserRepository users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = Usernames.canonical(credentials.getIdentity());
        String password = credentials.getSecret();
        String address = ClientAddress.of(request);
        if (username == null) {
            // no account can have this name: refused like a wrong password, counted against the address only
            hasher.burn(password == null ? "" : password);
            throttle.failedUnknown(null, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (throttle.userLocked(username)) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        Optional<AppUser> found = users.findByCanonicalName(username);
        if (found.isEmpty() || password == null) {
            hasher.burn(password == null ? "" : password);
            if (found.isEmpty()) {
                throttle.failedUnknown(username, address);
            } else {
                throttle.failed(username, address);
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        AppUser user = found.get();
        if (!hasher.matches(password, user.passwordHash())) {
            throttle.failed(username, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        if (!user.enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(user.username(), List.of(user.role().name()), AccountClaims.attributes(user));
    }
}
