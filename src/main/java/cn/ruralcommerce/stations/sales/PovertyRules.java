package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.PovertyCertificate;
import cn.ruralcommerce.stations.household.Household;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a sale is a poverty-alleviation sale (电商扶贫 / 消费帮扶销售). Only an upward (上行) sale can be
 * one: a downward purchase by a 脱贫户 is not. For an upward sale: a certificate of the station's county valid on
 * the day for the same SMALL category and product name; else a linked 脱贫户 / 监测对象 household; else a reason
 * given by the caller; else not.
 */
public final class PovertyRules {
    /** The decision: the basis and, for a certified product, the certificate. */
    public record Decision(PovertyBasis basis, Long certificateId) {
        public boolean poverty() {
            return basis != PovertyBasis.NONE;
        }
    }

    private PovertyRules() {
    }

    public static Decision decide(String countyCode, String categoryCode, String productName, LocalDate day,
                                  Direction direction, List<PovertyCertificate> certificates, List<Household> households, String reason) {
        if (direction != Direction.UP) {
            return new Decision(PovertyBasis.NONE, null);
        }
        Optional<PovertyCertificate> certificate = certificates.stream()
                .filter(c -> c.countyCode().equals(countyCode) && c.categoryCode().equals(categoryCode))
                .filter(c -> normalise(c.productName()).equals(normalise(productName)) && c.validOn(day))
                .findFirst();
        if (certificate.isPresent()) {
            return new Decision(PovertyBasis.CERTIFIED, certificate.get().id());
        }
        if (households.stream().anyMatch(Household::registeredPoor)) {
            return new Decision(PovertyBasis.HOUSEHOLDS, null);
        }
        if (reason != null && !reason.isBlank()) {
            return new Decision(PovertyBasis.MANUAL, null);
        }
        return new Decision(PovertyBasis.NONE, null);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
