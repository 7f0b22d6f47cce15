package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a login name (用户名): trimmed, NFKC-normalised (full-width letters become ASCII) and
 * lower-cased. Names are stored, looked up and throttled in this form only, so "padvictim ", "PadVictim" and
 * "ｐａｄｖｉｃｔｉｍ" are one account with one lock — a database comparing with PAD SPACE or case-insensitively
 * can no longer open a second door.
 */
public final class Usernames {
    /** What a canonical name may contain: 3-64 of lower-case letters, digits, '_', '.', '-'. */
    public static final Pattern CANONICAL = Pattern.compile("[a-z0-9_.-]{3,64}");
    private static final int LONGEST_INPUT = 256;

    private Usernames() {
    }

    /** The canonical name, or null when the input is no possible name (wrong characters, too short or too long). */
    @Nullable
    public static String canonical(@Nullable String raw) {
        if (raw == null || raw.length() > LONGEST_INPUT) {
            return null;
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return CANONICAL.matcher(name).matches() ? name : null;
    }
}
