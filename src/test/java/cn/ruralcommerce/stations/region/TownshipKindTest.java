package cn.ruralcommerce.stations.region;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The three township digits tell 街道 (001–099) from 镇 (100–199) and 乡 (200–399); only 乡 and 镇 are 乡镇. */
class TownshipKindTest {
    @ParameterizedTest
    @CsvSource({"500152001,SUBDISTRICT,false", "500152099,SUBDISTRICT,false", "500152100,TOWN,true", "500152113,TOWN,true",
            "500152199,TOWN,true", "500152200,TOWNSHIP,true", "500242399,TOWNSHIP,true", "500152400,OTHER,false",
            "500152000,OTHER,false", "500152113201,TOWN,true", "500152002001,SUBDISTRICT,false"})
    void readsTheTownshipDigits(String code, TownshipKind kind, boolean rural) {
        assertEquals(kind, TownshipKind.of(code));
        assertEquals(rural, TownshipKind.of(code).isRuralTownship());
    }

    @ParameterizedTest
    @ValueSource(strings = {"500152", "50015211x", ""})
    void refusesCodesWithoutTownshipDigits(String code) {
        assertThrows(IllegalArgumentException.class, () -> TownshipKind.of(code));
    }
}
