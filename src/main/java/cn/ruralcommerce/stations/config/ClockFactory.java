package cn.ruralcommerce.stations.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The UTC clock every write stamps with, and the bureau's zone (Asia/Shanghai) used at the edges. */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Named("bureau")
    ZoneId bureauZone(@Value("${app.zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }
}
