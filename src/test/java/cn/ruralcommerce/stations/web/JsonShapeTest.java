package cn.ruralcommerce.stations.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The strict body check names the field of each kind of mistake and lets a well-formed body through. */
class JsonShapeTest {
    record Point(Double lon, Double lat) {
    }

    record Sample(String name, int size, Long amountFen, LocalDate day, List<String> tags, Point at, java.math.BigDecimal quantity) {
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":12345}|name",
            "{\"name\":[\"a\"]}|name",
            "{\"name\":\"a\\u0000b\"}|name",
            "{\"size\":1.5}|size",
            "{\"size\":2147483648}|size",
            "{\"size\":null}|size",
            "{\"amountFen\":\"100\"}|amountFen",
            "{\"amountFen\":9223372036854775808}|amountFen",
            "{\"day\":\"2026-02-30\"}|day",
            "{\"day\":\"0001-01-01\"}|day",
            "{\"day\":20260101}|day",
            "{\"tags\":\"a\"}|tags",
            "{\"tags\":[1]}|tags[0]",
            "{\"at\":{\"lon\":1e400}}|at.lon",
            "{\"at\":{\"lon\":true}}|at.lon",
            "{\"at\":{\"lon\":1e-999999999}}|at.lon",
            "{\"quantity\":1e-999999999}|quantity",
            "{\"quantity\":1E+999999999}|quantity",
            "{\"quantity\":-1e99999999999999999999}|quantity",
            "{\"quantity\":0.00000000000000000000000000000000000000001}|quantity",
            "{\"quantity\":100000000000000000000000000000000000000000000000000}|quantity",
            "{\"amountFen\":100000000000000000000000000000000000000000000000000000000}|amountFen",
            "{\"amountFen\":1e5}|amountFen",
            "{\"name\":\"\\ud800\"}|name",
            "{\"name\":\"a\\udc00b\"}|name",
            "{\"at\":{\"height\":1}}|at.height",
            "{\"name\":\"a\",\"name\":\"b\"}|name",
            "{\"name\":\"a\"} {}|body",
            "{\"name\":\"a\"|body",
            "[]|body",
            "''|body"})
    void namesTheField(String json, String field) {
        ApiException e = assertThrows(ApiException.class,
                () -> JsonShape.check(json.replace("''", "").getBytes(StandardCharsets.UTF_8), Sample.class));
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"<script>alert(1)</script>\\n第二行\",\"size\":3,\"amountFen\":10000,\"day\":\"2026-01-31\",\"tags\":[\"=1+1\"],\"at\":{\"lon\":105.7,\"lat\":30}}",
            "{\"size\":0,\"tags\":null,\"at\":null}",
            "{\"size\":1,\"name\":\"柠檬\\ud83c\\udf4b\",\"quantity\":1.5e-2,\"at\":{\"lon\":1.05E2,\"lat\":3e1}}"})
    void acceptsWellFormedBodies(String json) {
        assertDoesNotThrow(() -> JsonShape.check(json.getBytes(StandardCharsets.UTF_8), Sample.class));
    }
}
