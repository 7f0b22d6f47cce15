package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every spreadsheet export (stations, nodes, uncovered villages, annual report, catalog) as CSV and XLSX: no
 * formula cell, no text cell starting with = + - @ (SpreadsheetCells.guard prefixes a quote), and the
 * formula-looking names registered here come out guarded, not dropped.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportGuardIT {
    static final String STATION_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final String ADDRESS = "@SUM(A1)";
    static final String NODE_NAME = "-1+2";
    static final String VILLAGE_NAME = "+1村";
    static final String CATEGORY_NAME = "=cmd|' /C calc'!A0";

    @Inject
    SampleCounty sample;
    ApiClient api;
    String admin;

    @BeforeAll
    void setUp() {
        api = sample.api();
        sample.village("500152113296", VILLAGE_NAME, 105.60, 30.30);
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        Map<String, Object> station = NetworkFixture.villageStation("EXP-1");
        station.put("name", STATION_NAME);
        station.put("address", ADDRESS);
        SampleCounty.created(api.raw(HttpRequest.POST("/api/stations", station), admin));
        SampleCounty.created(api.raw(HttpRequest.POST("/api/logistics-nodes", Map.of("code", "EXPN1", "name", NODE_NAME, "tier", "COUNTY_HUB",
                "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19)), admin));
        String categories = "code,name,level,parent_code\nC98,\"" + CATEGORY_NAME.replace("\"", "\"\"") + "\",LARGE,\n";
        SampleCounty.created(api.raw(HttpRequest.POST("/api/catalog/categories/import", MultipartBody.builder().addPart("file", "c.csv",
                MediaType.TEXT_CSV_TYPE, categories.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin));
    }

    byte[] download(String uri) {
        HttpResponse<byte[]> response = sample.client().toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(admin).accept(MediaType.ALL_TYPE),
                Argument.of(byte[].class));
        assertEquals(200, response.getStatus().getCode(), uri);
        return response.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stations/export?format=xlsx&region=500152", "/api/logistics-nodes/export?format=xlsx&region=500152",
            "/api/coverage/uncovered.xlsx?region=500152", "/api/coverage/uncovered.xlsx?region=500152&kind=WITHOUT_STATION",
            "/api/catalog/categories/export?format=xlsx", "/api/reports/annual.xlsx?region=500152"})
    void xlsxHasNoFormulaAndGuardsText(String uri) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(download(uri)))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String at = sheet.getSheetName() + "!" + cell.getAddress();
                        assertTrue(cell.getCellType() != CellType.FORMULA, "formula cell " + at + " in " + uri);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertGuarded(uri, texts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stations/export?format=csv&region=500152", "/api/logistics-nodes/export?format=csv&region=500152",
            "/api/coverage/uncovered.csv?region=500152", "/api/coverage/uncovered.csv?region=500152&kind=WITHOUT_STATION",
            "/api/catalog/categories/export?format=csv"})
    void csvGuardsText(String uri) throws IOException {
        String text = new String(download(uri), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                record.forEach(cells::add);
            }
        }
        assertGuarded(uri, cells.stream().filter(c -> !isNumber(c)).toList());
    }

    /** No text starts like a formula, and the hostile names the export holds appear guarded. */
    static void assertGuarded(String uri, List<String> texts) {
        for (String text : texts) {
            assertTrue(text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0, "unguarded cell '" + text + "' in " + uri);
        }
        String expected = uri.contains("/stations/") || uri.contains("annual") ? STATION_NAME
                : uri.contains("logistics") ? NODE_NAME : uri.contains("uncovered") ? VILLAGE_NAME : CATEGORY_NAME;
        assertTrue(texts.stream().anyMatch(t -> t.equals("'" + expected) || t.contains(expected) && !t.startsWith(expected.substring(0, 1))),
                "'" + expected + " not found guarded in " + uri + ": " + texts.stream().limit(40).toList());
    }

    static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
