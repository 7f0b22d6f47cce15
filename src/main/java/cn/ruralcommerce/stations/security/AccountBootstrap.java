package cn.ruralcommerce.stations.security;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates the first ADMIN account when no account exists: with ADMIN_INITIAL_PASSWORD, or a random
 * password printed once in the log; never a fixed default outside the demo data.
 */
@Singleton
public class AccountBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountBootstrap(AppUserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates 'admin' if the accounts table is empty; the fallback password is used only for demo installs. */
    public void ensureAdmin(String configuredPassword, String demoPassword) {
        if (users.count() > 0) {
            return;
        }
        String password = configuredPassword;
        String source = "ADMIN_INITIAL_PASSWORD";
        if (password == null || password.isBlank()) {
            password = demoPassword != null ? demoPassword : randomPassword();
            source = demoPassword != null ? "the demo data" : "a random password";
            LOG.warn("Created account 'admin' with password {} (from {}): change it after signing in", password, source);
        } else {
            PasswordPolicy.check("admin", password);
            LOG.info("Created account 'admin' with the password from {}", source);
        }
        create("admin", password, Role.ADMIN, null, "系统管理员");
    }

    public void create(String username, String password, Role role, String scope, String displayName) {
        Instant now = clock.instant();
        users.save(new AppUser(null, username, hasher.hash(password), role, scope, displayName, true, now, now, 0));
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.append(random.nextInt(10)).toString();
    }
}
