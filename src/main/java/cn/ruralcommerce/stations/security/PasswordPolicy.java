package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.web.ApiException;

/** Minimum password rules: length 10 to 128, letters and digits, not the username. */
public final class PasswordPolicy {
    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < 10) {
            throw ApiException.badField("password", "must be at least 10 characters");
        }
        if (password.length() > 128) {
            throw ApiException.badField("password", "must be at most 128 characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw ApiException.badField("password", "must contain letters and digits");
        }
        if (password.equalsIgnoreCase(username)) {
            throw ApiException.badField("password", "must differ from the username");
        }
    }
}
