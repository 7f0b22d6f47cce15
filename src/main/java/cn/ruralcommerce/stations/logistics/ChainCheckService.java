package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads a region's nodes (with ancestors in other counties), townships and rural villages, and runs the {@link ChainChecker}. */
@Singleton
public class ChainCheckService {
    private final LogisticsNodeRepository nodes;
    private final RegionRepository regions;

    public ChainCheckService(LogisticsNodeRepository nodes, RegionRepository regions) {
        this.nodes = nodes;
        this.regions = regions;
    }

    public ChainReport check(String rawRegion) {
        String region = RegionCodes.normalize(rawRegion).orElseThrow(() ->
                ApiException.badField("region", "'" + rawRegion + "' 不是行政区划代码", "'" + rawRegion + "' is not a division code"));
        if (region.length() < 6) {
            throw ApiException.badField("region", "须为区县、乡镇或行政村代码", "must be a county, township or village code");
        }
        if (!regions.existsById(region)) {
            throw ApiException.notFound("region", region);
        }
        List<LogisticsNode> inRegion = nodes.findWithin(region);
        Map<String, LogisticsNode> known = new HashMap<>();
        inRegion.forEach(n -> known.put(n.code(), n));
        Set<String> wanted = parentsMissing(inRegion, known);
        while (!wanted.isEmpty()) {
            List<LogisticsNode> found = NodeContext.chunked(wanted, nodes::findByCodeIn);
            found.forEach(n -> known.put(n.code(), n));
            Set<String> next = parentsMissing(found, known);
            next.removeAll(wanted);
            wanted = next;
        }
        return new ChainChecker(new ArrayList<>(known.values()))
                .check(region, inRegion, names(region, RegionLevel.TOWNSHIP, false), names(region, RegionLevel.VILLAGE, true));
    }

    private static Set<String> parentsMissing(List<LogisticsNode> batch, Map<String, LogisticsNode> known) {
        Set<String> missing = new HashSet<>();
        for (LogisticsNode n : batch) {
            if (n.parentCode() != null && !known.containsKey(n.parentCode())) {
                missing.add(n.parentCode());
            }
        }
        return missing;
    }

    /** Current divisions of a level within the region, by code; villages only when rural. */
    private Map<String, String> names(String region, RegionLevel level, boolean ruralOnly) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Region r : regions.findWithin(region, level)) {
            if (r.retiredOn() == null && (!ruralOnly || r.isRuralVillage())) {
                names.put(r.code(), r.name());
            }
        }
        return names;
    }
}
