package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stations and accounts for sales tests over {@link RegionFixture#tongnanSample()}: S1 in the former
 * poverty village 中渡村, S2 in 龙滩村, S9 in 荣昌区 (another county), SX closed since 2020.
 */
public final class SalesFixture {
    public static final String V_POOR = "500152113201";
    public static final String V_OTHER = "500152113202";
    public static final String V_LONGTAN = "500152114201";

    private SalesFixture() {
    }

    public static void install(RegionImportService regions, AccountBootstrap accounts, FakeStationGate stations) {
        LocalDate open = LocalDate.of(2015, 1, 1);
        LocalDate never = LocalDate.of(2100, 1, 1);
        stations.put("S1", V_POOR, open, never);
        stations.put("S2", V_LONGTAN, open, never);
        stations.put("S9", "500153", open, never);
        stations.put("SX", V_OTHER, open, LocalDate.of(2019, 12, 31));
        if (!accounts.exists("op1")) {
            regions.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
            accounts.create("op1", "Operator12345", Role.OPERATOR, "S1", "站长一");
            accounts.create("op2", "Operator12345", Role.OPERATOR, "S2", "站长二");
            accounts.create("tnbureau", "Bureau12345x", Role.BUREAU, "500152", "潼南商务委");
            accounts.create("rcbureau", "Bureau12345x", Role.BUREAU, "500153", "荣昌商务委");
            accounts.create("planner", "Planner12345", Role.PLANNER, null, "规划");
        }
    }

    /** A valid UP sale body of 100.00 yuan of 脐橙. */
    public static Map<String, Object> sale(String station, String day) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationCode", station);
        body.put("dateSold", day);
        body.put("categoryCode", "C010101");
        body.put("productName", "潼南脐橙");
        body.put("quantity", 20.5);
        body.put("unit", "kg");
        body.put("amountFen", 10000);
        body.put("direction", "UP");
        body.put("channel", "PLATFORM");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    public static List<Map<String, Object>> shares(long householdId, int percent) {
        return List.of(Map.of("householdId", householdId, "sharePercent", percent));
    }
}
