package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.sales.SalesActivity;
import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesQueries;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationRepository;
import cn.ruralcommerce.stations.station.StationStatus;
import cn.ruralcommerce.stations.station.StationStatusChange;
import cn.ruralcommerce.stations.station.StationStatusChangeRepository;
import cn.ruralcommerce.stations.station.StationTier;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stations section (站点情况): counts by tier and status at the as-of day, lifecycle changes in the year, dormant stations. */
@Singleton
public class StationSection {
    static final int DORMANT_DAYS = 90;
    private static final int CHUNK = 1000;
    private final StationRepository stations;
    private final StationStatusChangeRepository changes;
    private final SalesQueries sales;
    private final SalesActivity activity;

    public StationSection(StationRepository stations, StationStatusChangeRepository changes, SalesQueries sales, SalesActivity activity) {
        this.stations = stations;
        this.changes = changes;
        this.sales = sales;
        this.activity = activity;
    }

    /** The stations of the region and the status each had on the as-of day (null: not yet recorded). */
    public record Network(List<Station> all, Map<String, StationStatus> statusAtEnd, Map<String, List<LifecycleTally.Change>> histories) {
        public List<Station> activeAtEnd() {
            return all.stream().filter(s -> statusAtEnd.get(s.code()) == StationStatus.ACTIVE).toList();
        }
    }

    public Network network(ReportRequest request) {
        List<Station> all = stations.findWithin(request.region());
        Map<String, List<LifecycleTally.Change>> histories = new HashMap<>();
        List<String> codes = all.stream().map(Station::code).toList();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            for (StationStatusChange c : changes.findByStationCodeIn(codes.subList(i, Math.min(codes.size(), i + CHUNK)))) {
                histories.computeIfAbsent(c.stationCode(), k -> new ArrayList<>())
                        .add(new LifecycleTally.Change(c.status(), c.effectiveOn(), c.id() == null ? 0 : c.id()));
            }
        }
        Map<String, StationStatus> atEnd = new HashMap<>();
        for (Station s : all) {
            atEnd.put(s.code(), LifecycleTally.statusOn(histories.getOrDefault(s.code(), List.of()), request.asOf()));
        }
        return new Network(all, atEnd, histories);
    }

    public Map<String, Object> stations(ReportRequest request, Network network) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StationTier tier : StationTier.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tier", tier.name());
            int total = 0;
            for (StationStatus status : StationStatus.values()) {
                int n = (int) network.all().stream().filter(s -> s.tier() == tier && network.statusAtEnd().get(s.code()) == status).count();
                row.put(status.name(), n);
                total += n;
            }
            row.put("total", total);
            rows.add(row);
        }
        LifecycleTally.PeriodCounts year = LifecycleTally.changesBetween(new ArrayList<>(network.histories().values()),
                request.yearStart(), request.asOf());
        out.put("noData", network.histories().isEmpty());
        out.put("asOf", request.asOf().toString());
        out.put("activeAtYearEnd", network.activeAtEnd().size());
        out.put("openedInYear", year.opened());
        out.put("closedInYear", year.closed());
        out.put("suspendedInYear", year.suspended());
        out.put("byTier", rows);
        return out;
    }

    /** Stations ACTIVE on the as-of day with no sale in the {@value #DORMANT_DAYS} days up to it (休眠站点). */
    public Map<String, Object> dormant(ReportRequest request, Network network, List<Map<String, Object>> villagesLeftUncovered) {
        LocalDate from = request.asOf().minusDays(DORMANT_DAYS - 1L);
        var selling = sales.sums("station_code", new SalesFilter(from, request.asOf(), request.region(), null, null, false)).keySet();
        List<Station> dormant = network.activeAtEnd().stream().filter(s -> !selling.contains(s.code())).toList();
        Map<String, LocalDate> last = activity.lastSaleDateByStation(dormant.stream().map(Station::code).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Station s : dormant) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", s.code());
            row.put("name", s.name());
            row.put("tier", s.tier().name());
            row.put("regionCode", s.regionCode());
            LocalDate l = last.get(s.code());
            row.put("lastSale", l == null || l.isAfter(request.asOf()) ? null : l.toString());
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", network.activeAtEnd().isEmpty());
        out.put("windowDays", DORMANT_DAYS);
        out.put("windowFrom", from.toString());
        out.put("windowTo", request.asOf().toString());
        out.put("activeStations", network.activeAtEnd().size());
        out.put("dormantStations", rows.size());
        out.put("stations", rows);
        out.put("villagesEffectivelyUncovered", villagesLeftUncovered.size());
        out.put("villages", villagesLeftUncovered);
        return out;
    }
}
