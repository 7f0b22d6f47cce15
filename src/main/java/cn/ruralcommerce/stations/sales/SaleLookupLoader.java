package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.CatalogService;
import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.PovertyCertificate;
import cn.ruralcommerce.stations.catalog.CertificateLookup;
import cn.ruralcommerce.stations.household.Household;
import cn.ruralcommerce.stations.household.HouseholdRepository;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Loads the reference data a batch of sale requests needs (批量校验数据) with one query per kind. */
@Singleton
public class SaleLookupLoader {
    private final CatalogService catalog;
    private final RegionRepository regions;
    private final HouseholdRepository households;
    private final CertificateLookup certificates;
    private final StationGate stations;

    public SaleLookupLoader(CatalogService catalog, RegionRepository regions, HouseholdRepository households,
                            CertificateLookup certificates, StationGate stations) {
        this.catalog = catalog;
        this.regions = regions;
        this.households = households;
        this.certificates = certificates;
        this.stations = stations;
    }

    public SaleLookups load(List<SaleRequest> requests) {
        Set<String> villageCodes = new HashSet<>();
        Set<Long> householdIds = new HashSet<>();
        Set<String> categoryCodes = new HashSet<>();
        for (SaleRequest r : requests) {
            if (r.categoryCode() != null && !r.categoryCode().isBlank()) {
                categoryCodes.add(r.categoryCode().strip());
            }
            if (r.originVillageCode() != null && !r.originVillageCode().isBlank()) {
                villageCodes.add(r.originVillageCode().strip());
            }
            if (r.households() != null) {
                r.households().stream().map(HouseholdShare::householdId).filter(Objects::nonNull).forEach(householdIds::add);
            }
        }
        Map<String, Region> villages = new HashMap<>();
        if (!villageCodes.isEmpty()) {
            regions.findByCodeIn(villageCodes).stream().filter(v -> v.level() == RegionLevel.VILLAGE).forEach(v -> villages.put(v.code(), v));
        }
        Map<Long, Household> linked = new HashMap<>();
        if (!householdIds.isEmpty()) {
            households.findByIdIn(householdIds).forEach(h -> linked.put(h.id(), h));
        }
        Map<String, Category> categories = categoryCodes.isEmpty() ? Map.of() : catalog.withAncestors(categoryCodes);
        SaleLookups partial = new SaleLookups(categories, villages, linked, List.of(), stations::find, stations::activeOn);
        return new SaleLookups(categories, villages, linked, certificatesFor(requests, partial), partial::station, partial::activeOn);
    }

    private List<PovertyCertificate> certificatesFor(List<SaleRequest> requests, SaleLookups lookups) {
        Set<String> counties = new HashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (SaleRequest r : requests) {
            if (r.stationCode() == null || r.stationCode().isBlank() || r.dateSold() == null) {
                continue;
            }
            lookups.station(r.stationCode().strip()).ifPresent(s -> counties.add(s.countyCode()));
            from = from == null || r.dateSold().isBefore(from) ? r.dateSold() : from;
            to = to == null || r.dateSold().isAfter(to) ? r.dateSold() : to;
        }
        return counties.isEmpty() ? List.of() : certificates.overlapping(counties, from, to);
    }
}
