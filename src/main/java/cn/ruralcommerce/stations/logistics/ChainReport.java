package cn.ruralcommerce.stations.logistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The result of a chain check over a region: nodes whose chain does not reach a hub, townships without a
 * transfer station, rural villages without a delivery point (of {@code ruralVillages}: 物流配送覆盖率 is
 * (ruralVillages − villagesWithoutPoint) / ruralVillages), and the length of each township's chain.
 */
@Serdeable
public record ChainReport(
        String region,
        int nodesChecked,
        List<BrokenChain> brokenChains,
        List<Place> townshipsWithoutTransfer,
        List<Place> villagesWithoutPoint,
        List<TownshipChain> chainLengths,
        int ruralVillages) {

    /** Why a chain stops: no parent, a parent code that does not exist, a parent of the wrong tier, or a loop. */
    public enum Problem { ORPHAN, MISSING_PARENT, WRONG_TIER, CYCLE }

    /** A node whose chain does not reach a COUNTY_HUB, and the node where it breaks. */
    @Serdeable
    public record BrokenChain(String code, LogisticsTier tier, String regionCode, Problem problem, String brokenAt,
                              String detail) {
    }

    /** A division named in a finding. */
    @Serdeable
    public record Place(String code, String name) {
    }

    /**
     * One transfer station's chain: great-circle metres from it to its hub, and over its village points the
     * mean and longest village→transfer→hub distance (null when the transfer does not reach a hub).
     */
    @Serdeable
    public record TownshipChain(String townshipCode, String townshipName, String transferCode, @Nullable String hubCode,
                                @Nullable Double transferToHubMetres, int villagePoints, @Nullable Double meanMetres,
                                @Nullable Double maxMetres) {
    }
}
