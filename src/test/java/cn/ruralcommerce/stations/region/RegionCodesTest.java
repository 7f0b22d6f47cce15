package cn.ruralcommerce.stations.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionCodesTest {

    @ParameterizedTest
    @CsvSource({
            "500000000000,50", "500100000000,5001", "500152000000,500152", "500152101000,500152101",
            "500152101201,500152101201", "500152,500152", " 5001 ,5001", "50,50"})
    void normalisesPaddedAndSignificantForms(String raw, String expected) {
        assertEquals(expected, RegionCodes.normalize(raw).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "500", "50015", "5001521", "50015210", "5001521010", "50015210120", "5001521012011", "50a152", "", "  "})
    void rejectsCodesOfWrongLengthOrCharacters(String raw) {
        assertTrue(RegionCodes.normalize(raw).isEmpty(), raw);
    }

    @Test
    void impliesParentAndLevelFromDigits() {
        assertEquals(RegionLevel.VILLAGE, RegionCodes.levelOf("500152101201"));
        assertEquals("500152101", RegionCodes.impliedParent("500152101201"));
        assertEquals("500152", RegionCodes.impliedParent("500152101"));
        assertEquals("5001", RegionCodes.impliedParent("500152"));
        assertEquals("50", RegionCodes.impliedParent("5001"));
        assertNull(RegionCodes.impliedParent("50"));
    }
}
