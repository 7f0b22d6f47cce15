package cn.ruralcommerce.stations.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged indicator definitions: every anchor the pages use has a section with a Chinese tooltip, and the HTML carries the ids. */
class IndicatorDocsTest {
    static final List<String> MINE = List.of("station-counts", "as-of-year-end", "county-percentile", "monthly-sales", "partial-month", "divisions");

    @Test
    void sectionsHaveAnchorsAndTooltips() {
        IndicatorDocs docs = new IndicatorDocs();
        for (String anchor : MINE) {
            IndicatorDocs.Entry e = docs.entries().get(anchor);
            assertTrue(e != null, "section #" + anchor);
            assertTrue(e.tooltip().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), e.tooltip());
            assertTrue(docs.html().contains("<h2 id=\"" + anchor + "\">"), anchor);
        }
        assertTrue(docs.html().contains("two coverage figures"));
        assertTrue(!docs.html().contains("{#station-counts}"), "anchor markers are not shown");
    }

    @Test
    void headingWithoutQuoteUsesItsTitle() {
        IndicatorDocs docs = new IndicatorDocs("# T\n\n## Alpha beta {#alpha}\n\nText.\n\n## Plain\n\nMore.\n");
        assertEquals(new IndicatorDocs.Entry("alpha", "Alpha beta", "Alpha beta"), docs.entries().get("alpha"));
        assertEquals(1, docs.entries().size());
    }
}
