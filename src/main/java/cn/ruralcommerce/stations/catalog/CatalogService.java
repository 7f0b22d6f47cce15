package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.cache.ExpiringCache;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the taxonomy (品类目录): lookups, children, search, roll-up to LARGE and programme progress. */
@Singleton
public class CatalogService {
    /** How long other instances' taxonomy and certificate changes may take to reach the sales checks here. */
    static final long REFERENCE_TTL_NANOS = 5_000_000_000L;
    private final CategoryRepository categories;
    private final FlagshipRepository flagships;
    private final Map<CategoryLevel, Integer> targets;
    /** Category code → the category and its ancestors, for sales; an unknown code caches an empty chain. */
    private final ExpiringCache<String, List<Category>> chains = new ExpiringCache<>(REFERENCE_TTL_NANOS);

    public CatalogService(CategoryRepository categories, FlagshipRepository flagships,
                          @Value("${app.programme.targets.large:50}") int large,
                          @Value("${app.programme.targets.medium:200}") int medium,
                          @Value("${app.programme.targets.small:800}") int small) {
        this.categories = categories;
        this.flagships = flagships;
        this.targets = Map.of(CategoryLevel.LARGE, large, CategoryLevel.MEDIUM, medium, CategoryLevel.SMALL, small);
    }

    public Category get(String code) {
        return categories.findById(code).orElseThrow(() -> ApiException.notFound("category", code));
    }

    public Optional<Category> find(String code) {
        return categories.findById(code);
    }

    public List<Category> list(CategoryLevel level) {
        return level == null ? categories.findAllOrderByCode() : categories.findByLevelOrderByCode(level);
    }

    public List<Category> children(String code) {
        return categories.findByParentCodeOrderByCode(get(code).code());
    }

    public List<Category> search(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badField("q", "必填", "is required");
        }
        return categories.search(q.strip(), Math.max(1, Math.min(limit, 200)));
    }

    public ProgressView progress() {
        List<ProgressView.LevelProgress> levels = new ArrayList<>();
        for (CategoryLevel level : CategoryLevel.values()) {
            levels.add(ProgressView.LevelProgress.of(level, categories.countByLevel(level), targets.get(level)));
        }
        return new ProgressView(levels, flagships.countCounties());
    }

    /** Every category by code, for rolling SMALL codes up to their MEDIUM and LARGE ancestors. */
    public Map<String, Category> byCode() {
        Map<String, Category> all = new HashMap<>();
        categories.findAll().forEach(c -> all.put(c.code(), c));
        return all;
    }

    /**
     * The categories with these codes and their ancestors, by code: what sales need to check a SMALL
     * category and roll it up, read in one indexed query instead of the whole catalog per request.
     */
    public Map<String, Category> withAncestors(Collection<String> codes) {
        Map<String, Category> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            List<Category> chain = chains.get(code);
            if (chain == null) {
                missing.add(code);
            } else {
                chain.forEach(c -> found.put(c.code(), c));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Category> loaded = new HashMap<>();
            categories.findWithAncestors(missing).forEach(c -> loaded.put(c.code(), c));
            for (String code : missing) {
                List<Category> chain = new ArrayList<>();
                for (Category c = loaded.get(code); c != null && chain.size() < CategoryLevel.values().length; c = c.parentCode() == null ? null : loaded.get(c.parentCode())) {
                    chain.add(c);
                }
                chains.put(code, List.copyOf(chain));
            }
            found.putAll(loaded);
        }
        return found;
    }

    /** Forgets the cached category chains (after the taxonomy was written). */
    void taxonomyChanged() {
        chains.clear();
    }

    /** The LARGE ancestor of a category code, or the code itself when the chain is broken. */
    public static String largeOf(String code, Map<String, Category> all) {
        Category c = all.get(code);
        while (c != null && c.parentCode() != null) {
            c = all.get(c.parentCode());
        }
        return c == null ? code : c.code();
    }
}
