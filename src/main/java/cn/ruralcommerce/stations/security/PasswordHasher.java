package cn.ruralcommerce.stations.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** BCrypt hashing of account passwords (cost 10). */
@Singleton
public class PasswordHasher {
    /** bcrypt hashes at most 72 bytes and the library refuses longer input. */
    public static final int MAX_BYTES = 72;
    private static final int COST = 10;
    /** A valid hash of a random string, checked against when the user does not exist so timing reveals nothing. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "dummy-password-never-used".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** False for a password longer than any that can be set (after the same work as a real check). */
    public boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            return burn("too-long-password");
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the same time as a real check; always false. */
    public boolean burn(String password) {
        matches(password, DUMMY_HASH);
        return false;
    }
}
