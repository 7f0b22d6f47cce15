package cn.ruralcommerce.stations.gis;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.geotools.util.logging.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the GeoTools EPSG database on a background thread at startup, so the first metric request is fast.
 */
@Singleton
public class GisWarmUp implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(GisWarmUp.class);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Thread thread = new Thread(GisWarmUp::warmUp, "gis-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp() {
        try {
            // GeoTools logs through java.util.logging unless told otherwise; send it to our Logback setup
            Logging.ALL.setLoggerFactory("org.geotools.util.logging.LogbackLoggerFactory");
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            LOG.debug("GeoTools keeps java.util.logging: {}", e.toString());
        }
        try {
            LOG.info("GeoTools EPSG database ready in {} ms", ProjectedCrs.warmUp());
        } catch (RuntimeException e) {
            LOG.warn("GeoTools CRS warm-up failed; metric GIS operations will fail too", e);
        }
    }
}
