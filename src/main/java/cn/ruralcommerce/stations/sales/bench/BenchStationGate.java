package cn.ruralcommerce.stations.sales.bench;

import cn.ruralcommerce.stations.sales.StationFacts;
import cn.ruralcommerce.stations.sales.StationGate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Synthetic stations for the benchmark (基准测试站点): station "B{n}" sits in a village of county
 * 5001{01..38}, always ACTIVE, laid out exactly like the rows {@link BenchData} generates in SQL.
 */
final class BenchStationGate implements StationGate {
    static final int STATIONS = 7980;
    static final int COUNTIES = 38;

    static String county(int station) {
        return "5001" + String.format("%02d", station % COUNTIES + 1);
    }

    static String village(int station) {
        int local = station / COUNTIES;
        return county(station) + (100 + local % 20) + (200 + local / 20);
    }

    @Override
    public Optional<StationFacts> find(String stationCode) {
        if (!stationCode.startsWith("B")) {
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(stationCode.substring(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return n < 0 || n >= STATIONS ? Optional.empty() : Optional.of(new StationFacts(stationCode, village(n), county(n)));
    }

    @Override
    public boolean activeOn(String stationCode, LocalDate day) {
        return true;
    }

    @Override
    public Optional<LocalDate> openedOn(String stationCode) {
        return Optional.of(LocalDate.of(2000, 1, 1));
    }
}
