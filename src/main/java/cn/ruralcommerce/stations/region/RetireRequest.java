package cn.ruralcommerce.stations.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Retires a division code from a date, optionally naming the code that replaced it (区划调整). */
@Serdeable
public record RetireRequest(@NotNull LocalDate retiredOn, @Nullable String successorCode) {
}
