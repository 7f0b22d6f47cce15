package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.logistics.ChainReport.BrokenChain;
import cn.ruralcommerce.stations.logistics.ChainReport.Place;
import cn.ruralcommerce.stations.logistics.ChainReport.Problem;
import cn.ruralcommerce.stations.logistics.ChainReport.TownshipChain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the county-township-village logistics chains of a region (pure: no framework, no database): every
 * transfer and village point must reach a COUNTY_HUB through parents exactly one tier up. Distances are
 * great-circle metres on the CGCS2000 ellipsoid.
 */
public final class ChainChecker {
    private final Map<String, LogisticsNode> byCode = new HashMap<>();

    /** @param known the nodes of the region and every ancestor they name (possibly in other counties) */
    public ChainChecker(List<LogisticsNode> known) {
        known.forEach(n -> byCode.put(n.code(), n));
    }

    /**
     * @param region    the region code checked
     * @param inRegion  the nodes located in the region
     * @param townships the region's townships as code → name
     * @param villages  the region's rural villages as code → name
     */
    public ChainReport check(String region, List<LogisticsNode> inRegion, Map<String, String> townships,
                             Map<String, String> villages) {
        List<BrokenChain> broken = new ArrayList<>();
        Set<String> townshipsWithTransfer = new HashSet<>();
        Set<String> villagesWithPoint = new HashSet<>();
        Map<String, List<LogisticsNode>> pointsByTransfer = new HashMap<>();
        for (LogisticsNode node : inRegion) {
            if (node.tier() == LogisticsTier.TOWNSHIP_TRANSFER) {
                townshipsWithTransfer.add(node.regionCode());
            } else if (node.tier() == LogisticsTier.VILLAGE_POINT) {
                villagesWithPoint.add(node.regionCode());
                if (node.parentCode() != null) {
                    pointsByTransfer.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
                }
            }
            BrokenChain problem = follow(node);
            if (problem != null) {
                broken.add(problem);
            }
        }
        List<Place> noTransfer = new ArrayList<>();
        townships.forEach((code, name) -> {
            if (!townshipsWithTransfer.contains(code)) {
                noTransfer.add(new Place(code, name));
            }
        });
        List<Place> noPoint = new ArrayList<>();
        villages.forEach((code, name) -> {
            if (!villagesWithPoint.contains(code)) {
                noPoint.add(new Place(code, name));
            }
        });
        List<TownshipChain> lengths = new ArrayList<>();
        for (LogisticsNode transfer : inRegion) {
            if (transfer.tier() == LogisticsTier.TOWNSHIP_TRANSFER) {
                lengths.add(length(transfer, pointsByTransfer.getOrDefault(transfer.code(), List.of()), townships));
            }
        }
        return new ChainReport(region, inRegion.size(), broken, noTransfer, noPoint, lengths, villages.size());
    }

    /** The first break on the way from a node up to a hub, or null when it reaches one. */
    BrokenChain follow(LogisticsNode start) {
        Set<String> seen = new HashSet<>();
        LogisticsNode node = start;
        while (node.tier() != LogisticsTier.COUNTY_HUB) {
            if (!seen.add(node.code())) {
                return broken(start, Problem.CYCLE, node, "the chain returns to " + node.code());
            }
            if (node.parentCode() == null) {
                return broken(start, Problem.ORPHAN, node, node.code() + " has no upstream node");
            }
            LogisticsNode parent = byCode.get(node.parentCode());
            if (parent == null) {
                return broken(start, Problem.MISSING_PARENT, node, "upstream node " + node.parentCode() + " does not exist");
            }
            if (parent.tier() != node.tier().parentTier()) {
                return broken(start, Problem.WRONG_TIER, node, "upstream node " + parent.code() + " is a " + parent.tier()
                        + ", not a " + node.tier().parentTier());
            }
            node = parent;
        }
        return null;
    }

    private static BrokenChain broken(LogisticsNode start, Problem problem, LogisticsNode at, String detail) {
        return new BrokenChain(start.code(), start.tier(), start.regionCode(), problem, at.code(), detail);
    }

    private TownshipChain length(LogisticsNode transfer, List<LogisticsNode> points, Map<String, String> townships) {
        LogisticsNode hub = transfer.parentCode() == null ? null : byCode.get(transfer.parentCode());
        boolean reaches = hub != null && hub.tier() == LogisticsTier.COUNTY_HUB;
        Double toHub = reaches ? Geodesy.distanceMetres(transfer.lon(), transfer.lat(), hub.lon(), hub.lat()) : null;
        Double mean = null;
        Double max = null;
        if (reaches && !points.isEmpty()) {
            double sum = 0;
            double longest = 0;
            for (LogisticsNode point : points) {
                double total = Geodesy.distanceMetres(point.lon(), point.lat(), transfer.lon(), transfer.lat()) + toHub;
                sum += total;
                longest = Math.max(longest, total);
            }
            mean = sum / points.size();
            max = longest;
        }
        return new TownshipChain(transfer.regionCode(), townships.getOrDefault(transfer.regionCode(), ""), transfer.code(),
                reaches ? hub.code() : null, toHub, points.size(), mean, max);
    }
}
