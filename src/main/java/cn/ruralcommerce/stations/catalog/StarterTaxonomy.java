package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.imports.ImportReport;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the shipped starter taxonomy (初始品类, real Chongqing rural product categories) into an
 * empty category table on start, demo data or not; a table that holds any category is left alone.
 */
@Singleton
public class StarterTaxonomy {
    static final String RESOURCE = "/catalog/starter-taxonomy.csv";
    private static final Logger LOG = LoggerFactory.getLogger(StarterTaxonomy.class);

    private final CategoryRepository categories;
    private final CategoryImportService importer;

    public StarterTaxonomy(CategoryRepository categories, CategoryImportService importer) {
        this.categories = categories;
        this.importer = importer;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        loadIfEmpty();
    }

    /** Imports the starter file when no category exists; returns whether it did. */
    public boolean loadIfEmpty() {
        if (categories.count() > 0) {
            return false;
        }
        ImportReport report = importer.importFile(read(), false, false, "system");
        LOG.info("Loaded the starter taxonomy: {} categories", report.created());
        return true;
    }

    static byte[] read() {
        try (InputStream in = StarterTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
