package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks shared by every spreadsheet import: a header names each column once, a data cell holds a value and
 * not a formula (its cached result could be anything and the formula would come back on export), and no
 * value sits outside the header's columns (a stray cell at XFD1048576 is a broken or hostile file).
 */
public final class XlsxRows {
    private XlsxRows() {
    }

    /** The error for a header naming a column twice, or null; {@code line} for CSV files, row 1 for sheets. */
    public static FieldError duplicateColumns(List<String> header, boolean line) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!name.isBlank() && !seen.add(name)) {
                String message = "列名 '" + name + "' 出现了两次";
                String en = "column '" + name + "' appears twice";
                return line ? FieldError.atLine(1, "header", message, en) : FieldError.atRow(1, "header", message, en);
            }
        }
        return null;
    }

    /** Formula cells and values beyond the header of one sheet row, each an error naming row and cell. */
    public static List<FieldError> check(Row row, List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (Cell cell : row) {
            int c = cell.getColumnIndex();
            String at = new CellReference(row.getRowNum(), c).formatAsString();
            String field = c < header.size() && !header.get(c).isBlank() ? header.get(c) : at;
            if (cell.getCellType() == CellType.FORMULA) {
                errors.add(FieldError.atRow(row.getRowNum() + 1, field, "单元格 " + at + " 是公式（=" + cell.getCellFormula() + "），请只导入数值", "cell " + at + " is a formula (="
                        + cell.getCellFormula() + "); import values only"));
            } else if (c >= header.size() && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                errors.add(FieldError.atRow(row.getRowNum() + 1, field, "单元格 " + at + " 超出表头的 " + header.size() + " 列", "cell " + at + " is outside the header's "
                        + header.size() + " columns"));
            }
        }
        return errors;
    }
}
