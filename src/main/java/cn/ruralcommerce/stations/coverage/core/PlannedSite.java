package cn.ruralcommerce.stations.coverage.core;

import java.util.List;

/**
 * One proposed new village service point, with what it adds given the sites listed before it.
 *
 * @param candidateCode          code of the chosen candidate (the village code when it is a village)
 * @param lon                    longitude, degrees
 * @param lat                    latitude, degrees
 * @param newlyCoveredPopulation population it newly covers beyond existing and earlier proposed sites, persons
 * @param newlyCoveredVillages   codes of those villages, in code order
 */
public record PlannedSite(String candidateCode, double lon, double lat, long newlyCoveredPopulation,
                          List<String> newlyCoveredVillages) {

    public PlannedSite {
        newlyCoveredVillages = List.copyOf(newlyCoveredVillages);
    }
}
