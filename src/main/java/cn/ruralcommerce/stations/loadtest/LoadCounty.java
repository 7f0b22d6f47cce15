package cn.ruralcommerce.stations.loadtest;

import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.CategoryLevel;
import cn.ruralcommerce.stations.catalog.CategoryRepository;
import cn.ruralcommerce.stations.demo.DemoData;
import cn.ruralcommerce.stations.demo.NetworkGenerator;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AppUser;
import cn.ruralcommerce.stations.security.AppUserRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.PasswordHasher;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationImportService;
import cn.ruralcommerce.stations.station.StationRepository;
import io.micronaut.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One county made ready for the load test: Chongqing's divisions, a generated station network for the
 * county (village stations in nearly every rural village), operator accounts spread over the stations
 * ACTIVE for the whole past week (offline batches carry last week's sales), bureau accounts for the
 * county, and a signed-in token for each, obtained over HTTP like a phone would. Re-running reuses it all.
 */
record LoadCounty(String county, List<Operator> operators, List<String> bureauTokens, List<String> categories) {
    static final int BACKLOG_DAYS = 7;
    private static final String PASSWORD = "LoadTest2026";
    private static final CurrentUser SETUP = new CurrentUser("loadtest", Role.ADMIN, null);

    record Operator(String username, String token, String stationCode) {
    }

    static LoadCounty prepare(ApplicationContext context, LoadHttp http, String county, int operatorCount, int bureauCount,
                              LocalDate today) {
        context.getBean(DemoData.class).loadIfEmpty();
        importNetwork(context, county, today);
        List<String> stations = activeAllWeek(context.getBean(StationRepository.class), county, today);
        if (stations.isEmpty()) {
            throw new IllegalStateException("no station in " + county + " is ACTIVE for the past week");
        }
        List<String> operatorNames = new ArrayList<>();
        List<String> operatorStations = new ArrayList<>();
        for (int i = 0; i < operatorCount; i++) {
            operatorNames.add(String.format("load-op-%03d", i + 1));
            operatorStations.add(stations.get(i % stations.size()));
        }
        List<String> bureauNames = new ArrayList<>();
        for (int i = 0; i < bureauCount; i++) {
            bureauNames.add("load-bureau-" + (i + 1));
        }
        ensureAccounts(context, operatorNames, operatorStations, bureauNames, county);
        List<String> operatorTokens = signIn(http, operatorNames);
        List<Operator> operators = new ArrayList<>();
        for (int i = 0; i < operatorCount; i++) {
            operators.add(new Operator(operatorNames.get(i), operatorTokens.get(i), operatorStations.get(i)));
        }
        List<String> categories = context.getBean(CategoryRepository.class).findByLevelOrderByCode(CategoryLevel.SMALL).stream()
                .map(Category::code).toList();
        System.out.printf("county %s: %d stations ACTIVE all week serve %d operators; %d bureau users; %d SMALL categories%n",
                county, stations.size(), operatorCount, bureauCount, categories.size());
        return new LoadCounty(county, operators, signIn(http, bureauNames), categories);
    }

    private static void importNetwork(ApplicationContext context, String county, LocalDate today) {
        RegionRepository regions = context.getBean(RegionRepository.class);
        List<Region> divisions = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
            regions.findByLevelOrderByCode(level).stream().filter(r -> r.code().startsWith(county)).forEach(divisions::add);
        }
        BoundaryLookup lookup = context.getBean(CountyBoundaries.class).forCounties(Set.of(county));
        NetworkGenerator.Network network = new NetworkGenerator(528, new NetworkGenerator.Shares(1.0, 0.97, 1.0, 0.6),
                today, (c, p) -> lookup.contains(c, p[0], p[1]).orElse(true)).generate(divisions);
        ImportReport report = context.getBean(StationImportService.class).importFile(network.stations().getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, SETUP);
        System.out.printf("network of %s: %d stations generated, %d created, %d unchanged%n", county, network.stationCount(),
                report.created(), report.unchanged());
    }

    private static List<String> activeAllWeek(StationRepository stations, String county, LocalDate today) {
        List<String> tiers = List.of("VILLAGE_STATION", "TOWNSHIP_STATION");
        Set<String> weekAgo = stations.findActiveOn(today.minusDays(BACKLOG_DAYS), county, tiers).stream()
                .map(Station::code).collect(Collectors.toSet());
        return stations.findActiveOn(today, county, tiers).stream().map(Station::code).filter(weekAgo::contains).toList();
    }

    /** Accounts are written directly with one password hash (hashing 200 passwords would only slow the set-up). */
    private static void ensureAccounts(ApplicationContext context, List<String> operators, List<String> stations,
                                       List<String> bureaus, String county) {
        AppUserRepository users = context.getBean(AppUserRepository.class);
        String hash = context.getBean(PasswordHasher.class).hash(PASSWORD);
        var now = context.getBean(Clock.class).instant();
        for (int i = 0; i < operators.size(); i++) {
            if (users.findByUsername(operators.get(i)).isEmpty()) {
                users.save(new AppUser(null, operators.get(i), hash, Role.OPERATOR, stations.get(i), "压测站长" + (i + 1), true, now, now, 0));
            }
        }
        for (String bureau : bureaus) {
            if (users.findByUsername(bureau).isEmpty()) {
                users.save(new AppUser(null, bureau, hash, Role.BUREAU, county, "压测商务委", true, now, now, 0));
            }
        }
    }

    /** Real sign-ins over HTTP (BCrypt checks on the server), two at a time. */
    private static List<String> signIn(LoadHttp http, List<String> usernames) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (String username : usernames) {
                tokens.add(pool.submit(() -> http.login(username, PASSWORD)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("sign-in failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
