package cn.ruralcommerce.stations.sales;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * SHA-256 of a sale request in canonical form (请求指纹): fields in a fixed order, text stripped,
 * quantities without trailing zeros, households sorted; the idempotency key itself is left out.
 */
public final class RequestFingerprint {
    private RequestFingerprint() {
    }

    public static String of(SaleRequest r) {
        List<String> parts = new ArrayList<>();
        parts.add(text(r.stationCode()));
        parts.add(Objects.toString(r.dateSold(), ""));
        parts.add(text(r.categoryCode()));
        parts.add(text(r.productName()));
        parts.add(r.quantity() == null ? "" : canonical(r.quantity()));
        parts.add(text(r.unit()));
        parts.add(Objects.toString(r.amountFen(), ""));
        parts.add(text(r.direction()).toUpperCase(java.util.Locale.ROOT));
        parts.add(text(r.channel()));
        parts.add(text(r.originVillageCode()));
        parts.add(text(r.povertyReason()));
        List<HouseholdShare> shares = new ArrayList<>(r.households() == null ? List.of() : r.households());
        shares.sort(Comparator.comparing((HouseholdShare s) -> s.householdId() == null ? Long.MIN_VALUE : s.householdId()));
        for (HouseholdShare s : shares) {
            parts.add(s.householdId() + ":" + s.sharePercent());
        }
        return sha256(String.join("\u001f", parts));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
