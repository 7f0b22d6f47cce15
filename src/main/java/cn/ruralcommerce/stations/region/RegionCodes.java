package cn.ruralcommerce.stations.region;

import java.util.Optional;

/**
 * Statistical division codes (统计用区划代码): kept as their significant digits (2, 4, 6, 9 or 12);
 * the 12-digit zero-padded form is accepted and shortened.
 */
public final class RegionCodes {
    private RegionCodes() {
    }

    /** The significant form of a code, or empty when it is not a division code at all. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip();
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (code.length() == 12) {
            code = stripPadding(code);
        }
        return RegionLevel.ofCodeLength(code.length()) == null ? Optional.empty() : Optional.of(code);
    }

    /** 500152101000 → 500152101; 500152000000 → 500152; 500000000000 → 50. */
    private static String stripPadding(String code) {
        String result = code;
        if (result.endsWith("000")) {
            result = result.substring(0, 9);
            if (result.endsWith("000")) {
                result = result.substring(0, 6);
                if (result.endsWith("00")) {
                    result = result.substring(0, 4);
                    if (result.endsWith("00")) {
                        result = result.substring(0, 2);
                    }
                }
            }
        }
        return result;
    }

    public static RegionLevel levelOf(String normalizedCode) {
        return RegionLevel.ofCodeLength(normalizedCode.length());
    }

    /** The code of the enclosing division implied by the digits, or null for a province. */
    public static String impliedParent(String normalizedCode) {
        RegionLevel parent = levelOf(normalizedCode).parent();
        return parent == null ? null : normalizedCode.substring(0, parent.codeLength());
    }

    /** The county a normalised code lies in (its first six digits), or the code itself above county level. */
    public static String countyOf(String normalizedCode) {
        return normalizedCode.length() > 6 ? normalizedCode.substring(0, 6) : normalizedCode;
    }

    /** Normalises or throws IllegalArgumentException naming the problem. */
    public static String require(String raw) {
        return normalize(raw).orElseThrow(() ->
                new IllegalArgumentException("'" + raw + "' 不是行政区划代码（2、4、6、9 或 12 位）"));
    }
}
