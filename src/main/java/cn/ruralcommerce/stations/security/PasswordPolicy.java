package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.web.ApiException;

/**
 * Minimum password rules: at least 10 characters and at most {@value PasswordHasher#MAX_BYTES} UTF-8 bytes (what
 * bcrypt hashes; longer was a 500), letters and digits, not the username.
 */
public final class PasswordPolicy {
    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        check("password", username, password);
    }

    /** The same rules for a password sent in {@code field} (newPassword when users change their own). */
    public static void check(String field, String username, String password) {
        if (password == null || password.length() < 10) {
            throw ApiException.badField(field, "至少 10 个字符", "must be at least 10 characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES) {
            throw ApiException.badField(field, "UTF-8 编码后不能超过 " + PasswordHasher.MAX_BYTES + " 字节（72 个字母或数字，24 个汉字）", "must be at most " + PasswordHasher.MAX_BYTES
                    + " bytes in UTF-8 (72 letters or digits, 24 Chinese characters)");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw ApiException.badField(field, "须同时包含字母和数字", "must contain letters and digits");
        }
        if (password.equalsIgnoreCase(username)) {
            throw ApiException.badField(field, "不能与用户名相同", "must differ from the username");
        }
    }
}
