package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.Category;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product name against its category (品名与品类): each LARGE category has a keyword list (classpath
 * {@code catalog/category-keywords.csv}); with the names of the category chain they are the category's own words.
 * A name with none of its own words but a word of another LARGE category is an obvious mismatch (洗衣粉 under
 * 牛油火锅底料) and is refused; a name with no known word at all is only worth a warning.
 */
public final class ProductNameCheck {
    /** The keyword lists shipped with the service. */
    public static final ProductNameCheck SHIPPED = load("catalog/category-keywords.csv");

    /** The verdict: OK, WARN (no keyword either way) or MISMATCH (another category's keyword), with a Chinese message. */
    public record Verdict(Kind kind, String message) {
        public enum Kind { OK, WARN, MISMATCH }
    }

    private final Map<String, List<String>> keywordsByLarge;
    private final Map<String, String> largeNames;

    /** @param keywordsByLarge keywords by LARGE category code; @param largeNames their names, for the messages */
    public ProductNameCheck(Map<String, List<String>> keywordsByLarge, Map<String, String> largeNames) {
        this.keywordsByLarge = new LinkedHashMap<>(keywordsByLarge);
        this.largeNames = Map.copyOf(largeNames);
    }

    /**
     * Checks {@code productName} against {@code chain}: the sale's category first, then its ancestors up to the LARGE one.
     */
    public Verdict check(String productName, List<Category> chain) {
        String name = productName == null ? "" : productName.strip();
        if (name.isEmpty() || chain.isEmpty()) {
            return new Verdict(Verdict.Kind.OK, "");
        }
        Category large = chain.get(chain.size() - 1);
        List<String> own = new ArrayList<>(keywordsByLarge.getOrDefault(large.code(), List.of()));
        chain.forEach(c -> own.add(c.name()));
        if (own.stream().anyMatch(name::contains)) {
            return new Verdict(Verdict.Kind.OK, "");
        }
        for (Map.Entry<String, List<String>> other : keywordsByLarge.entrySet()) {
            if (other.getKey().equals(large.code())) {
                continue;
            }
            Optional<String> word = other.getValue().stream().filter(name::contains).findFirst();
            if (word.isPresent()) {
                return new Verdict(Verdict.Kind.MISMATCH, "商品名称“" + name + "”含有“" + largeNames.getOrDefault(other.getKey(), other.getKey())
                        + "”类的关键词“" + word.get() + "”，与所选品类“" + chain.get(0).name() + "”（" + large.name()
                        + "）明显不符：请改选品类或更正名称");
            }
        }
        return new Verdict(Verdict.Kind.WARN, "商品名称“" + name + "”不含所选品类“" + chain.get(0).name() + "”（" + large.name()
                + "）的关键词，请核对品类");
    }

    static ProductNameCheck load(String resource) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = ProductNameCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                lists.put(row.get("large_code").strip(), List.of(row.get("keywords").strip().split("\\|")));
                names.put(row.get("large_code").strip(), row.get("large_name").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductNameCheck(lists, names);
    }
}
