package cn.ruralcommerce.stations.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The coverage of a division: summary, per-township rows and the two gap lists, which are different things
 * (docs/indicators.md): {@code uncovered} are the villages beyond the service radius of every counted station
 * (服务半径外的村, geographic gap); {@code withoutStation} the rural villages with no village service point in
 * them (无村级站点的行政村, administrative gap, the complement of 行政村覆盖率), in priority order. A list is
 * null when the request's {@code kind} asked for the other one only.
 */
@Serdeable
public record CoverageView(RegionRef region, double radiusKm, LocalDate asOf, List<String> tiers,
                           @Nullable Integer effectiveDays, Summary summary, List<TownshipRow> townships,
                           @Nullable List<UncoveredVillage> uncovered, @Nullable List<GapVillage> withoutStation) {

    /** The division asked about. */
    @Serdeable
    public record RegionRef(String code, String name, String level) {
    }

    /**
     * Totals over the division's rural villages; rates are 0..1. {@code coverageRate}/{@code coveredVillages} are
     * geographic (within the radius), {@code adminCoverageRate}/{@code adminCoveredVillages} administrative
     * (行政村覆盖率). {@code townships}/{@code townshipsWithStation} count 乡 and 镇 with rural villages only;
     * 街道 are counted apart in {@code subdistricts}/{@code subdistrictsWithStation}.
     */
    @Serdeable
    public record Summary(int ruralVillages, int coveredVillages, int adminCoveredVillages, long population,
                          long coveredPopulation, int formerPovertyVillages, int formerPovertyCovered,
                          int formerPovertyAdminCovered, int townships, int townshipsWithStation,
                          double coverageRate, double adminCoverageRate, double populationCoverageRate,
                          int villagesBeyondRadius, int villagesWithoutStation,
                          double formerPovertyGeoCoverageRate, double formerPovertyAdminCoverageRate,
                          double townshipStationRate, int subdistricts, int subdistrictsWithStation) {
    }

    /**
     * One township-level division's rural villages; {@code kind} is SUBDISTRICT (街道), TOWN (镇), TOWNSHIP (乡) or
     * OTHER, and {@code countedAsTownship} tells whether the 乡镇 indicators count it (乡 or 镇 with rural villages).
     */
    @Serdeable
    public record TownshipRow(String code, String name, int ruralVillages, int coveredVillages, int adminCoveredVillages,
                              long population, long coveredPopulation, int formerPovertyVillages,
                              int formerPovertyCovered, boolean hasTownshipStation, @Nullable Double lon, @Nullable Double lat,
                              String kind, boolean countedAsTownship, int formerPovertyAdminCovered) {
    }

    /** A rural village no counted station serves within the radius (服务半径外的村). */
    @Serdeable
    public record UncoveredVillage(String code, String name, String townshipCode, double lon, double lat, int population,
                                   boolean formerPoverty, @Nullable String nearestStationCode, @Nullable Long nearestDistanceM) {
    }

    /**
     * A rural village with no counted village service point in it (无村级站点的行政村), with its place in the priority
     * order (1 = first) and whether it is also beyond the radius of every counted station.
     */
    @Serdeable
    public record GapVillage(int rank, String code, String name, String townshipCode, double lon, double lat, int population,
                             boolean formerPoverty, boolean beyondRadius, @Nullable String nearestStationCode,
                             @Nullable Long nearestDistanceM) {
    }
}
