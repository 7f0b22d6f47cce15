package cn.ruralcommerce.stations.support;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Broken uploads built from one good file (a header line and a data line): wrong encoding, unbalanced quotes,
 * wrong, missing and duplicated headers, empty and binary files, XLSX with a formula or cells far outside the
 * header, a zip bomb, and CSV text named .xlsx.
 */
public final class BrokenFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One upload: file name, content type and bytes. */
    public record Upload(String name, String contentType, byte[] bytes) {
    }

    private BrokenFiles() {
    }

    /** Case name → broken upload, for a CSV whose first line is {@code header} and second {@code row}. */
    public static Map<String, Upload> of(String header, String row) {
        Map<String, Upload> files = new LinkedHashMap<>();
        String[] columns = header.split(",");
        files.put("empty file", csv(new byte[0]));
        files.put("binary garbage named .csv", csv(garbage()));
        files.put("GBK-encoded Chinese", csv((header + "\n" + row.replaceFirst(",[^,]*", ",潼南区柏梓镇中渡村") + "\n")
                .getBytes(Charset.forName("GBK"))));
        files.put("unbalanced quote", csv(header + "\n\"" + row + "\n"));
        files.put("wrong header", csv("foo,bar,baz\n1,2,3\n"));
        files.put("header missing a required column", csv(header.substring(header.indexOf(',') + 1) + "\n"
                + row.substring(row.indexOf(',') + 1) + "\n"));
        files.put("duplicated header", csv(header + "," + columns[0] + "\n" + row + ",x\n"));
        files.put("no header, only data", csv(row + "\n"));
        files.put("CSV text named .xlsx", new Upload("stations.xlsx", XLSX, (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)));
        files.put("XLSX with a formula cell", xlsx(columns, row.split(",", -1), true, false));
        files.put("XLSX with a cell at XFD1048576", xlsx(columns, row.split(",", -1), false, true));
        files.put("zip bomb named .xlsx", new Upload("bomb.xlsx", XLSX, zipBomb()));
        return files;
    }

    static Upload csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    static Upload csv(byte[] bytes) {
        return new Upload("upload.csv", "text/csv", bytes);
    }

    public static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    /** A workbook with the header and one data row; optionally the first data cell a formula, or a far stray cell. */
    static Upload xlsx(String[] header, String[] row, boolean formula, boolean farCell) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            Row data = sheet.createRow(1);
            for (int c = 0; c < row.length; c++) {
                data.createCell(c).setCellValue(row[c]);
            }
            if (formula) {
                data.getCell(1).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
            }
            if (farCell) {
                sheet.createRow(1_048_575).createCell(16_383).setCellValue("x");
            }
            workbook.write(out);
            return new Upload("upload.xlsx", XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose one worksheet entry inflates from ~20 KB to 20 MB of spaces. */
    public static byte[] zipBomb() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                if (name.endsWith("sheet1.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        zip.write(spaces);
                    }
                } else {
                    zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
