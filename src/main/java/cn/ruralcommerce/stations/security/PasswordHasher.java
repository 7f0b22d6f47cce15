package cn.ruralcommerce.stations.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** BCrypt hashing of account passwords (cost 10). */
@Singleton
public class PasswordHasher {
    private static final int COST = 10;
    /** A valid hash of a random string, checked against when the user does not exist so timing reveals nothing. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "dummy-password-never-used".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the same time as a real check; always false. */
    public boolean burn(String password) {
        matches(password, DUMMY_HASH);
        return false;
    }
}
