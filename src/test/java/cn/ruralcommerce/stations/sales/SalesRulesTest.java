package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.PinyinInitials;
import cn.ruralcommerce.stations.catalog.PovertyCertificate;
import cn.ruralcommerce.stations.household.Household;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Pure rules: request fingerprints, poverty derivation and pinyin initials. */
class SalesRulesTest {
    static SaleRequest request(String quantity, List<HouseholdShare> households) {
        return new SaleRequest("k", "S1", LocalDate.of(2024, 1, 2), "C010101", " 脐橙 ", new BigDecimal(quantity), "kg",
                100L, "up", "OFFLINE", null, null, households);
    }

    @Test
    void fingerprintIgnoresKeyTrailingZerosOrderAndCase() {
        List<HouseholdShare> ab = List.of(new HouseholdShare(1L, 30), new HouseholdShare(2L, 20));
        List<HouseholdShare> ba = List.of(new HouseholdShare(2L, 20), new HouseholdShare(1L, 30));
        assertEquals(RequestFingerprint.of(request("2.50", ab)), RequestFingerprint.of(request("2.5", ba)));
        assertNotEquals(RequestFingerprint.of(request("2.5", ab)), RequestFingerprint.of(request("2.51", ab)));
    }

    @Test
    void povertyDecision() {
        LocalDate day = LocalDate.of(2020, 6, 1);
        PovertyCertificate cert = new PovertyCertificate(7L, "N", "s", "中渡蜂蜜", "C050101", "500152",
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "u", Instant.EPOCH);
        Household poor = new Household(1L, "H", "S1", "500152", "500152113201", "张三", 3, true, day, Instant.EPOCH, Instant.EPOCH);
        assertEquals(PovertyBasis.CERTIFIED, PovertyRules.decide("500152", "C050101", "中渡蜂蜜", day, Direction.UP, List.of(cert), List.of(), null).basis());
        assertEquals(PovertyBasis.NONE, PovertyRules.decide("500153", "C050101", "中渡蜂蜜", day, Direction.UP, List.of(cert), List.of(), null).basis());
        assertEquals(PovertyBasis.NONE, PovertyRules.decide("500152", "C050101", "中渡蜂蜜", day.plusYears(1), Direction.UP, List.of(cert), List.of(), null).basis());
        assertEquals(PovertyBasis.HOUSEHOLDS, PovertyRules.decide("500152", "C050101", "别的", day, Direction.UP, List.of(cert), List.of(poor), null).basis());
        assertEquals(PovertyBasis.MANUAL, PovertyRules.decide("500152", "C050101", "别的", day, Direction.UP, List.of(), List.of(), "专柜").basis());
    }

    /** Issue 12 point 3: a 下行 purchase by a 脱贫户 is not a poverty-alleviation sale, whatever the basis offered. */
    @Test
    void aDownwardSaleIsNeverAPovertyAlleviationSale() {
        LocalDate day = LocalDate.of(2020, 6, 1);
        PovertyCertificate cert = new PovertyCertificate(7L, "N", "s", "中渡蜂蜜", "C050101", "500152",
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "u", Instant.EPOCH);
        Household poor = new Household(1L, "H", "S1", "500152", "500152113201", "张三", 3, true, day, Instant.EPOCH, Instant.EPOCH);
        assertEquals(PovertyBasis.NONE, PovertyRules.decide("500152", "C060101", "魔芋豆腐", day, Direction.DOWN, List.of(), List.of(poor), null).basis());
        assertEquals(PovertyBasis.NONE, PovertyRules.decide("500152", "C050101", "中渡蜂蜜", day, Direction.DOWN, List.of(cert), List.of(), null).basis());
        assertEquals(PovertyBasis.NONE, PovertyRules.decide("500152", "C050101", "别的", day, Direction.DOWN, List.of(), List.of(), "专柜").basis());
        assertEquals(PovertyBasis.HOUSEHOLDS, PovertyRules.decide("500152", "C060101", "魔芋豆腐", day, Direction.UP, List.of(), List.of(poor), null).basis());
    }

    @Test
    void channelIsAClosedListWithTheOnlineGroup() {
        assertEquals(SalesChannel.LIVESTREAM, SalesChannel.parse(" livestream ").orElseThrow());
        assertEquals(java.util.Optional.empty(), SalesChannel.parse("PINDUODUO"));
        assertEquals(java.util.Set.of(SalesChannel.PLATFORM, SalesChannel.LIVESTREAM, SalesChannel.SOCIAL), SalesChannel.ONLINE);
    }

    @Test
    void pinyinInitials() {
        assertEquals("ZC", PinyinInitials.of("榨菜"));
        assertEquals("FM", PinyinInitials.of("蜂蜜"));
    }
}
