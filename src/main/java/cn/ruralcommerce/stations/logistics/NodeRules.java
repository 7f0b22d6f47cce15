package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.station.StationRules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules of a logistics node: tier matches the division level, point inside the county, a known
 * co-located station, and a parent exactly one tier up (none for a hub), in the same county unless
 * crossCounty, that does not lead back to the node. Violations are RowExceptions naming the field.
 */
public final class NodeRules {
    private final Map<String, Region> regions;
    private final BoundaryLookup boundaries;
    private final LocalDate today;
    private final Function<String, LogisticsNode> nodes;
    private final Predicate<String> stationExists;

    public NodeRules(Map<String, Region> regions, BoundaryLookup boundaries, LocalDate today,
                     Function<String, LogisticsNode> nodes, Predicate<String> stationExists) {
        this.regions = regions;
        this.boundaries = boundaries;
        this.today = today;
        this.nodes = nodes;
        this.stationExists = stationExists;
    }

    public void check(LogisticsNode n) {
        StationRules.checkCode(n.code());
        Region region = regions.get(n.regionCode());
        if (region == null) {
            throw new RowException("regionCode", "行政区划 " + n.regionCode() + " 不存在", "unknown division " + n.regionCode());
        }
        if (region.retiredOn() != null && !region.retiredOn().isAfter(today)) {
            throw new RowException("regionCode", "行政区划 " + region.code() + " 已于 " + region.retiredOn() + " 撤销", "division " + region.code() + " was retired on " + region.retiredOn());
        }
        if (region.level() != n.tier().level()) {
            throw new RowException("regionCode", n.tier() + " 须设在 " + n.tier().level() + " 级区划，但 " + region.code() + "（" + region.name() + "）是 " + region.level(), "a " + n.tier() + " must be in a " + n.tier().level() + ", but "
                    + region.code() + " (" + region.name() + ") is a " + region.level());
        }
        if (!boundaries.contains(n.countyCode(), n.lon(), n.lat()).orElse(true)) {
            throw new RowException("lon", "坐标点 (" + n.lon() + ", " + n.lat() + ") 在区县 " + n.countyCode() + " 的边界之外", "point (" + n.lon() + ", " + n.lat() + ") lies outside the boundary of county "
                    + n.countyCode());
        }
        if (n.stationCode() != null && !stationExists.test(n.stationCode())) {
            throw new RowException("stationCode", "站点 " + n.stationCode() + " 不存在", "unknown station " + n.stationCode());
        }
        checkParent(n);
    }

    private void checkParent(LogisticsNode n) {
        LogisticsTier expected = n.tier().parentTier();
        if (n.parentCode() == null) {
            return;
        }
        if (expected == null) {
            throw new RowException("parentCode", "县级物流中心（COUNTY_HUB）没有上级节点", "a COUNTY_HUB has no upstream node");
        }
        LogisticsNode parent = nodes.apply(n.parentCode());
        if (parent == null) {
            throw new RowException("parentCode", "上级节点 " + n.parentCode() + " 不存在", "unknown node " + n.parentCode());
        }
        if (parent.tier() != expected) {
            throw new RowException("parentCode", n.tier() + " 的上级须为 " + expected + "，但 " + parent.code() + " 是 " + parent.tier(), "the parent of a " + n.tier() + " must be a " + expected + ", but "
                    + parent.code() + " is a " + parent.tier());
        }
        if (!parent.countyCode().equals(n.countyCode()) && !n.crossCounty()) {
            throw new RowException("parentCode", "上级节点 " + parent.code() + " 在区县 " + parent.countyCode() + "，不在 " + n.countyCode() + "；如确要跨县连接，请设 crossCounty=true", "parent " + parent.code() + " is in county " + parent.countyCode()
                    + ", not " + n.countyCode() + "; set crossCounty=true to link across the county border");
        }
        Set<String> seen = new HashSet<>();
        seen.add(n.code());
        for (LogisticsNode up = parent; up != null && up.parentCode() != null; up = nodes.apply(up.parentCode())) {
            if (!seen.add(up.code()) || up.parentCode().equals(n.code())) {
                throw new RowException("parentCode", "连接到 " + n.parentCode() + " 会形成环路", "linking to " + n.parentCode() + " would form a cycle");
            }
        }
    }
}
