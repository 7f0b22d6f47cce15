package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.logistics.ChainReport.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChainCheckerTest {
    static LogisticsNode node(String code, LogisticsTier tier, String region, String parent) {
        return new LogisticsNode(code, null, tier, region, region.substring(0, 6), 105.7, 30.0, null, null, parent, false,
                Instant.EPOCH, Instant.EPOCH);
    }

    final LogisticsNode hub = node("H", LogisticsTier.COUNTY_HUB, "500152", null);
    final LogisticsNode transfer = node("T", LogisticsTier.TOWNSHIP_TRANSFER, "500152113", "H");

    @Test
    void namesTheFirstBreakOfEachChain() {
        LogisticsNode ok = node("V1", LogisticsTier.VILLAGE_POINT, "500152113201", "T");
        LogisticsNode orphan = node("V2", LogisticsTier.VILLAGE_POINT, "500152113202", null);
        LogisticsNode missing = node("V3", LogisticsTier.VILLAGE_POINT, "500152113203", "GONE");
        LogisticsNode wrongTier = node("V4", LogisticsTier.VILLAGE_POINT, "500152113204", "H");
        LogisticsNode orphanTransfer = node("T2", LogisticsTier.TOWNSHIP_TRANSFER, "500152114", null);
        LogisticsNode behindOrphan = node("V5", LogisticsTier.VILLAGE_POINT, "500152114201", "T2");
        List<LogisticsNode> all = List.of(hub, transfer, ok, orphan, missing, wrongTier, orphanTransfer, behindOrphan);
        ChainChecker checker = new ChainChecker(all);
        assertNull(checker.follow(ok));
        assertEquals(Problem.ORPHAN, checker.follow(orphan).problem());
        assertEquals(Problem.MISSING_PARENT, checker.follow(missing).problem());
        assertEquals(Problem.WRONG_TIER, checker.follow(wrongTier).problem());
        assertEquals("T2", checker.follow(behindOrphan).brokenAt());
        ChainReport report = checker.check("500152", all, Map.of("500152113", "a", "500152114", "b", "500152115", "c"),
                Map.of("500152113201", "v1", "500152199201", "v9"));
        assertEquals(5, report.brokenChains().size());
        assertEquals(List.of("500152115"), report.townshipsWithoutTransfer().stream().map(ChainReport.Place::code).toList());
        assertEquals(List.of("500152199201"), report.villagesWithoutPoint().stream().map(ChainReport.Place::code).toList());
    }

    @Test
    void survivesCycles() {
        LogisticsNode a = node("A", LogisticsTier.TOWNSHIP_TRANSFER, "500152113", "B");
        LogisticsNode b = new LogisticsNode("B", null, LogisticsTier.COUNTY_HUB, "500152", "500152", 105.7, 30.0, null, null, "A",
                false, Instant.EPOCH, Instant.EPOCH);
        LogisticsNode loop1 = node("L1", LogisticsTier.VILLAGE_POINT, "500152113201", "L2");
        LogisticsNode loop2 = node("L2", LogisticsTier.VILLAGE_POINT, "500152113202", "L1");
        ChainChecker checker = new ChainChecker(List.of(a, b, loop1, loop2));
        assertNull(checker.follow(a), "reaching a hub ends the walk");
        assertEquals(Problem.WRONG_TIER, checker.follow(loop1).problem());
    }

    @Test
    void measuresChainLengthsInMetres() {
        LogisticsNode h = new LogisticsNode("H", null, LogisticsTier.COUNTY_HUB, "500152", "500152", 105.84, 30.19, null, null, null,
                false, Instant.EPOCH, Instant.EPOCH);
        LogisticsNode t = new LogisticsNode("T", null, LogisticsTier.TOWNSHIP_TRANSFER, "500152113", "500152", 105.84, 30.10,
                null, null, "H", false, Instant.EPOCH, Instant.EPOCH);
        LogisticsNode v = new LogisticsNode("V", null, LogisticsTier.VILLAGE_POINT, "500152113201", "500152", 105.84, 30.09,
                null, null, "T", false, Instant.EPOCH, Instant.EPOCH);
        ChainReport.TownshipChain chain = new ChainChecker(List.of(h, t, v)).check("500152", List.of(h, t, v), Map.of(), Map.of())
                .chainLengths().get(0);
        assertEquals(9_980, chain.transferToHubMetres(), 30);
        assertEquals(9_980 + 1_109, chain.maxMetres(), 40);
    }
}
