package cn.ruralcommerce.stations.imports;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SheetRoundTripTest {
    static final List<String> HEADER = List.of("code", "name", "lon");

    static List<List<Object>> rows() {
        return List.of(new ArrayList<>(Arrays.asList("500152113201", "=cmd|' /C calc'!A0", 105.74123456789)),
                new ArrayList<>(Arrays.asList("A-1", "@SUM(1)", null)));
    }

    @Test
    void csvGuardsFormulasAndReadsBackTheOriginalValues() {
        byte[] csv = SheetWriter.csv(HEADER, rows());
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, text.contains("'=cmd") && text.contains("'@SUM"));
        Sheet sheet = SheetReader.read(csv).sheet();
        assertEquals(HEADER, sheet.header());
        assertEquals("=cmd|' /C calc'!A0", sheet.rows().get(0).get("name"));
        assertEquals("105.74123456789", sheet.rows().get(0).get("lon"));
        assertEquals(3, sheet.rows().get(1).number());
    }

    @Test
    void xlsxKeepsCodesNumbersAndRowNumbers() {
        Sheet sheet = SheetReader.read(SheetWriter.xlsx("t", HEADER, rows())).sheet();
        assertEquals("500152113201", sheet.rows().get(0).get("code"));
        assertEquals(105.74123456789, Double.parseDouble(sheet.rows().get(0).get("lon")));
        assertEquals("@SUM(1)", sheet.rows().get(1).get("name"));
        assertEquals(3, sheet.rows().get(1).number());
    }

    @Test
    void unreadableWorkbookIsAFileError() {
        SheetReader.Result result = SheetReader.read(new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals("file", result.errors().get(0).field());
    }
}
