package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Generates a deterministic, plausible station network and logistics chain over real divisions as import
 * files: a centre and a hub per county, a station and a transfer in most townships, village stations and
 * delivery points in a share of the rural villages, each a few hundred metres from the division's point.
 */
public final class NetworkGenerator {
    /** Shares of divisions that get each kind of node. */
    public record Shares(double townshipStation, double villageStation, double transfer, double villagePoint) {
    }

    /** The generated import files (CSV text). */
    public record Network(String stations, String nodes, int stationCount, int nodeCount) {
    }

    private static final String[] CARRIERS = {"中国邮政", "中通", "圆通", "韵达", "申通", "顺丰", "京东物流", "极兔"};
    private static final String[] SERVICES = {"BUYING_AGENT", "SELLING_AGENT", "PARCELS", "BILL_PAYMENT", "CONVENIENCE"};

    private final Random random;
    private final Shares shares;
    private final LocalDate today;
    private final BiPredicate<String, double[]> insideCounty;

    /** @param insideCounty whether (county code, {lon, lat}) lies inside the county; jittered points that do not fall back to the division point */
    public NetworkGenerator(long seed, Shares shares, LocalDate today, BiPredicate<String, double[]> insideCounty) {
        this.random = new Random(seed);
        this.shares = shares;
        this.today = today;
        this.insideCounty = insideCounty;
    }

    public Network generate(List<Region> regions) {
        StringBuilder stations = new StringBuilder("code,name,tier,region_code,lon,lat,status,opened_on,closed_on,services\n");
        StringBuilder nodes = new StringBuilder("code,tier,region_code,lon,lat,parent_code,name,carriers,station_code\n");
        Map<String, String> transferOf = new HashMap<>();
        Map<String, String> hubOf = new HashMap<>();
        int stationCount = 0;
        int nodeCount = 0;
        for (Region r : regions) {
            if (r.lon() == null || r.retiredOn() != null) {
                continue;
            }
            String county = r.code().length() >= 6 ? r.code().substring(0, 6) : null;
            if (r.level() == RegionLevel.COUNTY) {
                stations.append(station("C" + r.code(), r.name() + "电子商务公共服务中心", "COUNTY_CENTER", r, "ACTIVE"));
                nodes.append(node("H" + r.code(), "COUNTY_HUB", r, "", r.name() + "物流配送中心", "C" + r.code()));
                hubOf.put(county, "H" + r.code());
                stationCount++;
                nodeCount++;
            } else if (r.level() == RegionLevel.TOWNSHIP) {
                boolean hasStation = random.nextDouble() < shares.townshipStation();
                if (hasStation) {
                    stations.append(station("T" + r.code(), r.name() + "电商服务站", "TOWNSHIP_STATION", r, status()));
                    stationCount++;
                }
                if (hubOf.containsKey(county) && random.nextDouble() < shares.transfer()) {
                    nodes.append(node("R" + r.code(), "TOWNSHIP_TRANSFER", r, hubOf.get(county), r.name() + "物流中转站",
                            hasStation ? "T" + r.code() : ""));
                    transferOf.put(r.code(), "R" + r.code());
                    nodeCount++;
                }
            } else if (r.level() == RegionLevel.VILLAGE && r.isRuralVillage()) {
                boolean hasStation = random.nextDouble() < shares.villageStation();
                if (hasStation) {
                    stations.append(station("V" + r.code(), villageName(r.name()) + "服务站", "VILLAGE_STATION", r, status()));
                    stationCount++;
                }
                String transfer = transferOf.get(r.parentCode());
                if (transfer != null && random.nextDouble() < shares.villagePoint()) {
                    nodes.append(node("P" + r.code(), "VILLAGE_POINT", r, transfer, villageName(r.name()) + "配送点",
                            hasStation ? "V" + r.code() : ""));
                    nodeCount++;
                }
            }
        }
        return new Network(stations.toString(), nodes.toString(), stationCount, nodeCount);
    }

    private String station(String code, String name, String tier, Region r, String status) {
        double[] point = near(r);
        LocalDate opened = today.minusDays(30 + random.nextInt(3 * 365));
        String openedOn = status.equals("PLANNED") ? "" : opened.toString();
        String closedOn = status.equals("CLOSED") ? opened.plusDays(1 + random.nextInt((int) (today.toEpochDay() - opened.toEpochDay()))).toString() : "";
        String services = SERVICES[random.nextInt(SERVICES.length)] + ";" + SERVICES[random.nextInt(SERVICES.length)];
        return String.join(",", code, name, tier, r.code(), coordinate(point[0]), coordinate(point[1]), status, openedOn,
                closedOn, services) + "\n";
    }

    private String node(String code, String tier, Region r, String parent, String name, String stationCode) {
        double[] point = near(r);
        String carriers = CARRIERS[random.nextInt(CARRIERS.length)] + ";" + CARRIERS[random.nextInt(CARRIERS.length)];
        return String.join(",", code, tier, r.code(), coordinate(point[0]), coordinate(point[1]), parent, name, carriers,
                stationCode) + "\n";
    }

    /** ACTIVE mostly; a few planned and closed. */
    private String status() {
        double p = random.nextDouble();
        return p < 0.03 ? "PLANNED" : p < 0.08 ? "CLOSED" : "ACTIVE";
    }

    /** The division point moved up to 300 m in a random direction, kept inside the county. */
    private double[] near(Region r) {
        double metres = random.nextDouble() * 300;
        double bearing = random.nextDouble() * 2 * Math.PI;
        double[] moved = {r.lon() + Geodesy.degreesLonForMetres(metres * Math.sin(bearing), r.lat()),
                r.lat() + Geodesy.degreesLatForMetres(metres * Math.cos(bearing))};
        return insideCounty.test(r.code().substring(0, 6), moved) ? moved : new double[] {r.lon(), r.lat()};
    }

    private static String coordinate(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }

    /** The short name of a village committee: 石院村村民委员会 → 石院村 (never 石院村村), 王家村委会 → 王家村. */
    static String villageName(String committee) {
        String name = committee.strip();
        for (String suffix : new String[] {"村民委员会", "村委会"}) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name.endsWith("村") ? name : name + "村";
    }
}
