package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the first sheet of an XLSX workbook with Apache POI: first row the header, cells as text. */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static SheetReader.Result read(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null) {
                return new SheetReader.Result(new Sheet(List.of(), List.of()), List.of());
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < first.getLastCellNum(); c++) {
                String name = text(first.getCell(c));
                names.add(name == null ? "" : name);
            }
            List<String> header = SheetReader.normalize(names);
            List<FieldError> errors = new ArrayList<>();
            FieldError duplicate = XlsxRows.duplicateColumns(header, false);
            if (duplicate != null) {
                return new SheetReader.Result(new Sheet(header, List.of()), List.of(duplicate));
            }
            List<Sheet.Row> rows = new ArrayList<>();
            for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<FieldError> broken = XlsxRows.check(row, header);
                if (!broken.isEmpty()) {
                    errors.addAll(broken); // the row is not read: skipBadRows must not import a formula's cached value
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String value = text(row.getCell(c));
                    if (!Cells.blank(value)) {
                        cells.put(header.get(c), SpreadsheetCells.unguard(value));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Sheet.Row(r + 1, cells));
                }
            }
            return new SheetReader.Result(new Sheet(header, rows), errors);
        } catch (Exception e) {
            return new SheetReader.Result(new Sheet(List.of(), List.of()),
                    List.of(FieldError.atRow(1, "file", "不是可读的 XLSX 工作簿（文件损坏或格式不对）")));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** Whole numbers without ".0" or exponent (codes typed as numbers), others in their shortest exact form. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
