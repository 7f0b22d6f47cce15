package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The coverage of a division: summary, per-township rows and the uncovered rural villages. */
@Serdeable
public record CoverageView(RegionRef region, double radiusKm, LocalDate asOf, List<String> tiers,
                           @Nullable Integer effectiveDays, Summary summary, List<TownshipRow> townships,
                           List<UncoveredVillage> uncovered) {

    /** The division asked about. */
    @Serdeable
    public record RegionRef(String code, String name, String level) {
    }

    /** Totals over the division's rural villages; rates are 0..1. */
    @Serdeable
    public record Summary(int ruralVillages, int coveredVillages, int adminCoveredVillages, long population,
                          long coveredPopulation, int formerPovertyVillages, int formerPovertyCovered,
                          int formerPovertyAdminCovered, int townships, int townshipsWithStation,
                          double coverageRate, double adminCoverageRate, double populationCoverageRate) {
    }

    /** One township's rural villages. */
    @Serdeable
    public record TownshipRow(String code, String name, int ruralVillages, int coveredVillages, int adminCoveredVillages,
                              long population, long coveredPopulation, int formerPovertyVillages,
                              int formerPovertyCovered, boolean hasTownshipStation, @Nullable Double lon, @Nullable Double lat) {
    }

    /** A rural village no counted station serves within the radius. */
    @Serdeable
    public record UncoveredVillage(String code, String name, String townshipCode, double lon, double lat, int population,
                                   boolean formerPoverty, @Nullable String nearestStationCode, @Nullable Long nearestDistanceM) {
    }
}
