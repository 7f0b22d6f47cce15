package cn.ruralcommerce.stations.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request and response bodies of regional public brands (区域公用品牌). */
public final class BrandRequests {
    private BrandRequests() {
    }

    /** A new brand. */
    @Serdeable
    public record BrandRequest(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 100) String owner) {
    }

    /** A tag to add: kind CATEGORY or COUNTY, and the code. */
    @Serdeable
    public record TagRequest(@NotBlank String kind, @NotBlank @Size(max = 16) String code) {
    }

    /** A brand with its category and county tags. */
    @Serdeable
    public record BrandView(Long id, String name, @Nullable String owner, List<String> categoryCodes, List<String> countyCodes) {
    }

    /** A county's flagship designation: 2 or 3 LARGE or MEDIUM category codes. */
    @Serdeable
    public record FlagshipRequest(@NotNull List<String> categoryCodes) {
    }
}
