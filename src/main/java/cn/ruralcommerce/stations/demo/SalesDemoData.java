package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.report.LifecycleTally;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationRepository;
import cn.ruralcommerce.stations.station.StationStatus;
import cn.ruralcommerce.stations.station.StationStatusChange;
import cn.ruralcommerce.stations.station.StationStatusChangeRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic demo sales (演示销售数据) for 潼南区 from 1 January three years back to today: a few thousand
 * entries a year on days their station was ACTIVE, growing year on year with a seasonal swing, upward about
 * 1.5 times downward, some poverty-alleviation sales linked to registered-poor households, and every sixth
 * village station dormant for the last 120 days. Written by {@link SalesDemoWriter} so the daily summary
 * equals the sum of the entries.
 */
@Singleton
public class SalesDemoData {
    static final int ENTRIES_PER_YEAR = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(SalesDemoData.class);
    private static final String[][] UP = {{"C010101", "潼南脐橙", "kg"}, {"C010201", "潼南鲜柠檬", "kg"}, {"C050101", "中蜂土蜂蜜", "瓶"},
            {"C070101", "农家腊肉", "kg"}, {"C070302", "土鸡蛋", "盒"}, {"C030201", "干辣椒", "kg"}, {"C020101", "袋装榨菜", "箱"}};
    private static final String[][] DOWN = {{"C060101", "魔芋豆腐", "箱"}, {"C030101", "牛油火锅底料", "袋"}, {"C040102", "毛尖", "盒"}};
    /** 潼南's demo flagship (拳头产品) categories: citrus and bee products, designated only when it has none. */
    private static final String[] FLAGSHIPS = {"C01", "C05"};
    /** Five draws as before (the same random sequence): two platform shops, live streaming, social selling, offline. */
    private static final String[] CHANNELS = {"PLATFORM", "PLATFORM", "LIVESTREAM", "SOCIAL", "OFFLINE"};

    private final StationRepository stations;
    private final StationStatusChangeRepository changes;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ZoneId zone;

    public SalesDemoData(StationRepository stations, StationStatusChangeRepository changes, TransactionOperations<Connection> tx,
                         Clock clock, @Named("bureau") ZoneId zone) {
        this.stations = stations;
        this.changes = changes;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    public void load() {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Station> network = stations.findWithin(DemoData.DEMO_COUNTY);
        Map<String, List<LifecycleTally.Change>> histories = new HashMap<>();
        for (StationStatusChange c : changes.findByStationCodeIn(network.stream().map(Station::code).toList())) {
            histories.computeIfAbsent(c.stationCode(), k -> new ArrayList<>()).add(new LifecycleTally.Change(c.status(), c.effectiveOn(), c.id()));
        }
        List<Station> sellers = network.stream().filter(s -> histories.containsKey(s.code())).toList();
        if (sellers.isEmpty()) {
            return;
        }
        Random random = new Random(500152L);
        List<SalesDemoWriter.Sale> sales = new ArrayList<>();
        LocalDate first = LocalDate.of(today.getYear() - 3, 1, 1);
        for (int year = first.getYear(); year <= today.getYear(); year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            int days = (int) (Math.min(today.toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()) - from.toEpochDay()) + 1;
            double growth = 1 + 0.18 * (year - first.getYear());
            for (int i = 0; i < ENTRIES_PER_YEAR * days / 365; i++) {
                LocalDate day = from.plusDays(random.nextInt(days));
                for (int attempt = 0; attempt < 3; attempt++) {
                    int index = random.nextInt(sellers.size());
                    Station s = sellers.get(index);
                    boolean dormant = index % 6 == 5 && s.code().startsWith("V") && day.isAfter(today.minusDays(120));
                    if (!dormant && LifecycleTally.statusOn(histories.get(s.code()), day) == StationStatus.ACTIVE) {
                        sales.add(sale(random, s, day, growth));
                        break;
                    }
                }
            }
        }
        int households = tx.executeWrite(status -> {
            try {
                designateFlagships(status.getConnection(), clock.instant());
                return SalesDemoWriter.write(status.getConnection(), sales, clock.instant());
            } catch (SQLException e) {
                throw new IllegalStateException("demo sales failed: " + e.getMessage(), e);
            }
        });
        LOG.info("Demo sales for {}: {} entries since {} ({} poverty households) in {} ms", DemoData.DEMO_COUNTY, sales.size(), first,
                households, (System.nanoTime() - start) / 1_000_000);
    }

    private static SalesDemoWriter.Sale sale(Random random, Station s, LocalDate day, double growth) {
        boolean up = random.nextDouble() < 0.62;
        String[] product = up ? UP[random.nextInt(UP.length)] : DOWN[random.nextInt(DOWN.length)];
        double season = 1 + 0.35 * Math.sin(2 * Math.PI * (day.getMonthValue() - 3) / 12.0);
        long fen = Math.round((8000 + random.nextInt(40000)) * growth * season);
        boolean poverty = up && s.tier().name().equals("VILLAGE_STATION") && random.nextDouble() < 0.12;
        return new SalesDemoWriter.Sale(s, day, product[0], product[1], 1 + random.nextInt(30), product[2], fen, up ? "UP" : "DOWN",
                CHANNELS[random.nextInt(CHANNELS.length)], poverty);
    }

    private static void designateFlagships(Connection c, Instant now) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM county_flagship WHERE county_code = ?")) {
            count.setString(1, DemoData.DEMO_COUNTY);
            try (ResultSet rs = count.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO county_flagship (county_code, category_code, designated_by,"
                + " designated_at) VALUES (?, ?, 'demo', ?)")) {
            for (String category : FLAGSHIPS) {
                ps.setString(1, DemoData.DEMO_COUNTY);
                ps.setString(2, category);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
