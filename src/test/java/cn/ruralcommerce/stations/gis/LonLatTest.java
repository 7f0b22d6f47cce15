package cn.ruralcommerce.stations.gis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LonLatTest {

    @Test
    void acceptsTheFullRange() {
        assertDoesNotThrow(() -> new LonLat(-180, -90));
        assertDoesNotThrow(() -> new LonLat(180, 90));
        assertDoesNotThrow(() -> LonLat.of(106.55, 29.56));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-180.000001, 180.5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsBadLongitudeNamingLon(double lon) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LonLat(lon, 30));
        assertTrue(e.getMessage().startsWith("经度（lon）"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.5, 91, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsBadLatitudeNamingLat(double lat) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LonLat(106, lat));
        assertTrue(e.getMessage().startsWith("纬度（lat）"), e.getMessage());
    }

    @Test
    void swappedLatLonIsCaught() {
        // a common client mistake: latitude first; 106 is not a latitude
        assertThrows(IllegalArgumentException.class, () -> new LonLat(29.56, 106.55));
    }
}
