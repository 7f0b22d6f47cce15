package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.CategoryLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Product names against the shipped keyword lists: own words pass, another category's words are refused, none warns. */
class ProductNameCheckTest {
    static Category category(String code, String name, CategoryLevel level, String parent) {
        return new Category(code, name, level, parent, null, null);
    }

    static final List<Category> HOTPOT = List.of(category("C030101", "牛油火锅底料", CategoryLevel.SMALL, "C0301"),
            category("C0301", "火锅底料", CategoryLevel.MEDIUM, "C03"), category("C03", "火锅底料及调味品", CategoryLevel.LARGE, null));

    @Test
    void washingPowderUnderHotpotBaseIsAnObviousMismatch() {
        ProductNameCheck.Verdict v = ProductNameCheck.SHIPPED.check("洗衣粉", HOTPOT);
        assertEquals(ProductNameCheck.Verdict.Kind.MISMATCH, v.kind());
        assertTrue(v.message().contains("洗衣粉") && v.message().contains("日用消费品") && v.message().contains("牛油火锅底料"), v.message());
    }

    @Test
    void ownWordsPassAndUnknownNamesOnlyWarn() {
        assertEquals(ProductNameCheck.Verdict.Kind.OK, ProductNameCheck.SHIPPED.check("重庆老火锅底料 500g", HOTPOT).kind());
        assertEquals(ProductNameCheck.Verdict.Kind.OK, ProductNameCheck.SHIPPED.check("麻辣香锅料", HOTPOT).kind());
        assertEquals(ProductNameCheck.Verdict.Kind.WARN, ProductNameCheck.SHIPPED.check("山城礼盒", HOTPOT).kind());
    }
}
