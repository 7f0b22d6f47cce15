package cn.ruralcommerce.stations.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateSystemTest {

    @ParameterizedTest
    @CsvSource({
        "CGCS2000, CGCS2000", "cgcs2000, CGCS2000", "EPSG:4490, CGCS2000", "epsg:4490, CGCS2000", "4490, CGCS2000",
        "WGS84, WGS84", "wgs-84, WGS84", "EPSG:4326, WGS84", "' wgs84 ', WGS84",
        "GCJ02, GCJ02", "gcj-02, GCJ02", "Gcj02, GCJ02",
        "BD09, BD09", "bd-09, BD09", "bd09ll, BD09"
    })
    void parsesNamesCodesAndAliasesCaseInsensitively(String input, CoordinateSystem expected) {
        assertEquals(expected, CoordinateSystem.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "EPSG:3857", "mars", "GCJ", "BD-09-MC"})
    void rejectsUnknownValuesNamingWhatIsAccepted(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoordinateSystem.parse(input));
        assertTrue(e.getMessage().contains("CGCS2000 (EPSG:4490)"), e.getMessage());
        assertTrue(e.getMessage().contains("BD09"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> CoordinateSystem.parse(null));
    }
}
