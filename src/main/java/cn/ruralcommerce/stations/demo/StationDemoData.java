package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.logistics.LogisticsImportService;
import cn.ruralcommerce.stations.logistics.LogisticsNode;
import cn.ruralcommerce.stations.logistics.LogisticsNodeRepository;
import cn.ruralcommerce.stations.logistics.LogisticsTier;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationImportService;
import cn.ruralcommerce.stations.station.StationLifecycleService;
import cn.ruralcommerce.stations.station.StationRepository;
import cn.ruralcommerce.stations.station.StationStatus;
import cn.ruralcommerce.stations.station.StatusChangeRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deterministic demo network for 潼南区 (500152): stations with three years of lifecycle history, a
 * logistics chain with three planted defects for the chain check, and the operator account zhanzhang.
 */
@Singleton
public class StationDemoData {
    public static final String OPERATOR_PASSWORD = "Operator2026";
    private static final Logger LOG = LoggerFactory.getLogger(StationDemoData.class);
    private static final CurrentUser DEMO = new CurrentUser("demo", Role.ADMIN, null);

    private final RegionRepository regions;
    private final CountyBoundaries boundaries;
    private final StationImportService stationImport;
    private final StationLifecycleService lifecycle;
    private final StationRepository stations;
    private final LogisticsImportService nodeImport;
    private final LogisticsNodeRepository nodes;
    private final AccountBootstrap accounts;
    private final Clock clock;
    private final ZoneId zone;

    public StationDemoData(RegionRepository regions, CountyBoundaries boundaries, StationImportService stationImport,
                           StationLifecycleService lifecycle, StationRepository stations, LogisticsImportService nodeImport,
                           LogisticsNodeRepository nodes, AccountBootstrap accounts, Clock clock, @Named("bureau") ZoneId zone) {
        this.regions = regions;
        this.boundaries = boundaries;
        this.stationImport = stationImport;
        this.lifecycle = lifecycle;
        this.stations = stations;
        this.nodeImport = nodeImport;
        this.nodes = nodes;
        this.accounts = accounts;
        this.clock = clock;
        this.zone = zone;
    }

    public void load() {
        String county = DemoData.DEMO_COUNTY;
        List<Region> divisions = new ArrayList<>();
        regions.findById(county).ifPresent(divisions::add);
        divisions.addAll(regions.findWithin(county, RegionLevel.TOWNSHIP));
        divisions.addAll(regions.findWithin(county, RegionLevel.VILLAGE));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        BoundaryLookup lookup = boundaries.forCounties(Set.of(county));
        NetworkGenerator.Network network = new NetworkGenerator(500152, new NetworkGenerator.Shares(0.85, 0.55, 0.9, 0.6),
                today, (c, p) -> lookup.contains(c, p[0], p[1]).orElse(true)).generate(divisions);
        stationImport.importFile(network.stations().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, DEMO);
        int suspensions = suspendSome(today);
        nodeImport.importFile(network.nodes().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, DEMO);
        plantDefects(divisions);
        String operatorStation = stations.findWithin(county).stream()
                .filter(s -> s.code().startsWith("V") && s.status() == StationStatus.ACTIVE)
                .map(Station::code).findFirst().orElse(null);
        if (operatorStation != null && !accounts.exists("zhanzhang")) {
            accounts.create("zhanzhang", OPERATOR_PASSWORD, Role.OPERATOR, operatorStation, "站长(演示)");
        }
        LOG.info("Demo network for {}: {} stations ({} with a suspension), {} logistics nodes; operator zhanzhang/{} runs {}",
                county, network.stationCount(), suspensions, network.nodeCount() + 3, OPERATOR_PASSWORD, operatorStation);
    }

    /** Every seventh long-open village station was suspended for two months in its second year. */
    private int suspendSome(LocalDate today) {
        int count = 0;
        List<Station> candidates = stations.findWithin(DemoData.DEMO_COUNTY).stream()
                .filter(s -> s.code().startsWith("V") && s.status() == StationStatus.ACTIVE && s.openedOn() != null
                        && s.openedOn().isBefore(today.minusDays(500)))
                .collect(Collectors.toList());
        for (int i = 0; i < candidates.size(); i += 7) {
            Station s = candidates.get(i);
            LocalDate from = s.openedOn().plusDays(380);
            lifecycle.changeStatus(s.code(), new StatusChangeRequest("SUSPENDED", from, "operator on leave"), DEMO);
            lifecycle.changeStatus(s.code(), new StatusChangeRequest("ACTIVE", from.plusDays(61), "new operator"), DEMO);
            count++;
        }
        return count;
    }

    /** Three village points whose chains do not reach the hub: no parent, a parent that does not exist, a parent two tiers up. */
    private void plantDefects(List<Region> divisions) {
        Set<String> served = nodes.findWithin(DemoData.DEMO_COUNTY).stream().map(LogisticsNode::regionCode).collect(Collectors.toSet());
        List<Region> unserved = divisions.stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE && r.isRuralVillage() && !served.contains(r.code())).limit(3).toList();
        String[] parents = {null, "R500152999", "H" + DemoData.DEMO_COUNTY};
        List<LogisticsNode> defects = new ArrayList<>();
        for (int i = 0; i < unserved.size(); i++) {
            Region r = unserved.get(i);
            defects.add(new LogisticsNode("P" + r.code(), r.name() + "配送点(待整改)", LogisticsTier.VILLAGE_POINT, r.code(),
                    DemoData.DEMO_COUNTY, r.lon(), r.lat(), "中国邮政", null, parents[i], false, clock.instant(), clock.instant()));
        }
        nodes.saveAll(defects);
    }
}
