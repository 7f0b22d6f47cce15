package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.imports.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual report as XLSX (年度报告表格): a cover sheet and one sheet per section, bold headers, set column
 * widths, landscape fit-to-width printing; numbers stay numbers, every *Fen value gets a yuan column
 * (two decimals) beside the raw fen, and text cells are guarded against formula injection.
 */
public final class ReportWorkbook {
    private static final int WIDTH_CHARS = 24;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle yuan;

    private ReportWorkbook() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        yuan = workbook.createCellStyle();
        yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    public static byte[] write(Map<String, Object> report) {
        ReportWorkbook w = new ReportWorkbook();
        Sheet cover = w.sheet("report");
        List<String> skip = AnnualReportService.SECTIONS;
        report.forEach((k, v) -> {
            if (!skip.contains(k)) {
                w.write(cover, k, v);
            }
        });
        for (String section : skip) {
            Object value = report.get(section);
            if (value instanceof Map<?, ?> map) {
                Sheet sheet = w.sheet(section);
                map.forEach((k, v) -> w.write(sheet, String.valueOf(k), v));
            }
        }
        try (XSSFWorkbook book = w.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        for (int c = 0; c < 12; c++) {
            sheet.setColumnWidth(c, WIDTH_CHARS * 256);
        }
        Row header = sheet.createRow(0);
        text(header, 0, "指标 indicator", bold);
        text(header, 1, "数值 value", bold);
        text(header, 2, "金额(元) yuan = fen/100", bold);
        return sheet;
    }

    private void write(Sheet sheet, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> write(sheet, key + "." + k, v));
        } else if (value instanceof List<?> list) {
            table(sheet, key, list);
        } else {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            text(row, 0, key, null);
            cell(row, 1, value);
            if (key.endsWith("Fen") && value instanceof Number n) {
                number(row, 2, n.doubleValue() / 100.0, yuan);
            }
        }
    }

    private void table(Sheet sheet, String key, List<?> list) {
        sheet.createRow(sheet.getLastRowNum() + 1);
        text(sheet.createRow(sheet.getLastRowNum() + 1), 0, key, bold);
        if (list.isEmpty() || !(list.get(0) instanceof Map<?, ?> first)) {
            for (Object item : list) {
                cell(sheet.createRow(sheet.getLastRowNum() + 1), 0, item);
            }
            return;
        }
        List<String> columns = new ArrayList<>();
        first.keySet().forEach(k -> columns.add(String.valueOf(k)));
        Row header = sheet.createRow(sheet.getLastRowNum() + 1);
        int c = 0;
        for (String column : columns) {
            text(header, c++, column, bold);
            if (column.endsWith("Fen")) {
                text(header, c++, column.substring(0, column.length() - 3) + "Yuan(元)", bold);
            }
        }
        for (Object item : list) {
            Map<?, ?> map = (Map<?, ?>) item;
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            c = 0;
            for (String column : columns) {
                Object v = map.get(column);
                cell(row, c++, v);
                if (column.endsWith("Fen")) {
                    if (v instanceof Number n) {
                        number(row, c, n.doubleValue() / 100.0, yuan);
                    }
                    c++;
                }
            }
        }
    }

    private void cell(Row row, int c, Object value) {
        if (value instanceof Number n) {
            number(row, c, n.doubleValue(), null);
        } else if (value != null) {
            text(row, c, String.valueOf(value), null);
        }
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style == null ? cell.getCellStyle() : style);
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(SpreadsheetCells.guard(value));
        cell.setCellStyle(style == null ? cell.getCellStyle() : style);
    }
}
