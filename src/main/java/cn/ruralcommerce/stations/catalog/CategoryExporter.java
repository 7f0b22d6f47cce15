package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.imports.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the taxonomy (品类导出) in the import format, as UTF-8 CSV with BOM (opens in Excel) or XLSX, text
 * guarded against formula injection ({@link SpreadsheetCells}; the import removes the guard again).
 */
public final class CategoryExporter {
    private CategoryExporter() {
    }

    public static byte[] csv(List<Category> categories) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(CategoryFileParser.COLUMNS.toArray(String[]::new)).build())) {
            for (Category c : categories) {
                printer.printRecord(SpreadsheetCells.guard(c.code()), SpreadsheetCells.guard(c.name()), c.level(),
                        c.parentCode() == null ? "" : SpreadsheetCells.guard(c.parentCode()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Category> categories) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("categories");
            Row header = sheet.createRow(0);
            for (int i = 0; i < CategoryFileParser.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(CategoryFileParser.COLUMNS.get(i));
            }
            int r = 1;
            for (Category c : categories) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetCells.guard(c.code()));
                row.createCell(1).setCellValue(SpreadsheetCells.guard(c.name()));
                row.createCell(2).setCellValue(c.level().name());
                row.createCell(3).setCellValue(c.parentCode() == null ? "" : SpreadsheetCells.guard(c.parentCode()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
