package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.catalog.CatalogService;
import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.web.ApiException;

import java.util.Map;

/** How statistics rows are grouped (分组方式): the summary column read and how its values fold into row keys. */
public enum GroupBy {
    VILLAGE("village", "village_code"),
    TOWNSHIP("township", "township_code"),
    COUNTY("county", "county_code"),
    CATEGORY("category", "category_code"),
    LARGE_CATEGORY("large-category", "category_code"),
    MONTH("month", "day"),
    CHANNEL("channel", "channel");

    private final String parameter;
    private final String column;

    GroupBy(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    String column() {
        return column;
    }

    /** The row key of a column value: SMALL rolls up to its LARGE ancestor, a day to its month (yyyy-MM). */
    String keyOf(String value, Map<String, Category> categories) {
        return switch (this) {
            case LARGE_CATEGORY -> CatalogService.largeOf(value, categories);
            case MONTH -> value.substring(0, 7);
            default -> value;
        };
    }

    public static GroupBy parse(String raw) {
        for (GroupBy g : values()) {
            if (g.parameter.equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return g;
            }
        }
        throw ApiException.badField("groupBy", "分组方式必须是 village, township, county, category, large-category, month, channel 之一");
    }
}
