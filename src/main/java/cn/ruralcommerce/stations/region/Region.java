package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrative division (province, city, county, township or village) keyed by its statistical
 * code; lon/lat are CGCS2000 (EPSG:4490) degrees. A retired code stays, with the date and successor.
 */
@MappedEntity("region")
public record Region(
        @Id String code,
        String name,
        RegionLevel level,
        @Nullable String parentCode,
        @Nullable Double lon,
        @Nullable Double lat,
        @Nullable Integer population,
        @Nullable Boolean rural,
        boolean formerPoverty,
        LocalDate validFrom,
        @Nullable LocalDate retiredOn,
        @Nullable String successorCode,
        @UtcMillis Instant updatedAt) {

    /** Whether the stored attributes equal those of an import row (timestamps and lifecycle aside). */
    public boolean sameAs(RegionRow row) {
        return name.equals(row.name()) && level == row.level()
                && java.util.Objects.equals(parentCode, row.parentCode())
                && java.util.Objects.equals(lon, row.lon()) && java.util.Objects.equals(lat, row.lat())
                && java.util.Objects.equals(population, row.population())
                && java.util.Objects.equals(rural, row.rural())
                && formerPoverty == row.formerPovertyOrFalse()
                && retiredOn == null;
    }

    /** Whether a change from this to the row alters identity (name or parent) and so needs a history entry. */
    public boolean identityChangedBy(RegionRow row) {
        return !name.equals(row.name()) || !java.util.Objects.equals(parentCode, row.parentCode());
    }

    public boolean isRuralVillage() {
        return level == RegionLevel.VILLAGE && Boolean.TRUE.equals(rural);
    }
}
