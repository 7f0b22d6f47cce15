package cn.ruralcommerce.stations.sales;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last sale dates of stations (站点最近销售日) for "effective" coverage: a station that has not sold
 * since a cut-off serves nobody. Reversals do not move the date.
 */
@Singleton
public class SalesActivity {
    private static final int CHUNK = 1000;
    private final StationLastSaleRepository lastSales;

    public SalesActivity(StationLastSaleRepository lastSales) {
        this.lastSales = lastSales;
    }

    /** The last sale date of each given station that ever sold; stations without sales are absent. */
    public Map<String, LocalDate> lastSaleDateByStation(Collection<String> stationCodes) {
        Map<String, LocalDate> result = new HashMap<>();
        List<String> codes = new ArrayList<>(stationCodes);
        for (int i = 0; i < codes.size(); i += CHUNK) {
            lastSales.findByStationCodeIn(codes.subList(i, Math.min(codes.size(), i + CHUNK)))
                    .forEach(s -> result.put(s.stationCode(), s.lastSaleDate()));
        }
        return result;
    }

}
