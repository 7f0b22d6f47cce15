package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.imports.Cells;
import cn.ruralcommerce.stations.imports.SpreadsheetCells;
import cn.ruralcommerce.stations.imports.TextFile;
import cn.ruralcommerce.stations.imports.XlsxRows;
import cn.ruralcommerce.stations.web.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a category file ({@code code,name,level,parent_code}) as CSV (commons-csv) or XLSX (POI,
 * first sheet), checking each line on its own; parents are checked later against the database.
 */
public final class CategoryFileParser {
    static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /** Parsed rows and per-line errors; a line with an error yields no row. */
    public record Result(List<CategoryRow> rows, List<FieldError> errors, boolean spreadsheet) {
    }

    public Result parse(byte[] content) {
        return isXlsx(content) ? parseXlsx(content) : parseCsv(content);
    }

    static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private Result parseCsv(byte[] content) {
        TextFile file = TextFile.decode(content);
        Collector out = new Collector(false);
        out.errors.addAll(file.encodingErrors());
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                out.errors.add(FieldError.atLine(1, "header", "表头须为 " + COLUMNS + "，实际为 " + parser.getHeaderNames(), "expected columns " + COLUMNS + ", got " + parser.getHeaderNames()));
                return out.result();
            }
            FieldError duplicate = XlsxRows.duplicateColumns(parser.getHeaderNames(), true);
            if (duplicate != null) {
                out.errors.add(duplicate);
                return out.result();
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new java.util.HashMap<>();
                record.toMap().forEach((k, v) -> cells.put(k, SpreadsheetCells.unguard(v)));
                out.add(file.lineAt(record.getCharacterPosition()), cells);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            out.errors.add(FieldError.atLine(1, "file", "不是可读的 CSV 文件（请用 UTF-8 编码的逗号分隔文件）"));
        }
        return out.result();
    }

    private Result parseXlsx(byte[] content) {
        Collector out = new Collector(true);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                names.add(formatter.formatCellValue(header.getCell(c)).strip());
            }
            if (!names.containsAll(COLUMNS)) {
                out.errors.add(FieldError.atRow(1, "header", "表头须为 " + COLUMNS + "，实际为 " + names, "expected columns " + COLUMNS + ", got " + names));
                return out.result();
            }
            FieldError duplicate = XlsxRows.duplicateColumns(names, false);
            if (duplicate != null) {
                out.errors.add(duplicate);
                return out.result();
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<FieldError> broken = XlsxRows.check(row, names);
                if (!broken.isEmpty()) {
                    out.errors.addAll(broken);
                    continue;
                }
                Map<String, String> cells = new java.util.HashMap<>();
                for (String column : COLUMNS) {
                    cells.put(column, SpreadsheetCells.unguard(formatter.formatCellValue(row.getCell(names.indexOf(column))).strip()));
                }
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                out.add(r + 1, cells);
            }
        } catch (IOException | RuntimeException e) {
            out.errors.add(FieldError.atRow(1, "file", "不是可读的 XLSX 工作簿（文件损坏或格式不对）"));
        }
        return out.result();
    }

    /** Checks rows one by one and keeps the good ones. */
    private static final class Collector {
        final List<CategoryRow> rows = new ArrayList<>();
        final List<FieldError> errors = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final boolean spreadsheet;

        Collector(boolean spreadsheet) {
            this.spreadsheet = spreadsheet;
        }

        void add(int position, Map<String, String> cells) {
            String code = cells.get("code");
            String name = cells.get("name");
            String parent = Cells.blank(cells.get("parent_code")) ? null : cells.get("parent_code").strip();
            if (Cells.blank(code) || !CODE.matcher(code.strip()).matches()) {
                error(position, "code", "'" + code + "' 不是品类编码（1 至 16 个字母、数字、_ 或 -）");
            } else if (Cells.blank(name) || name.strip().length() > 100) {
                error(position, "name", "必填，不超过 100 字");
            } else if (!seen.add(code.strip())) {
                error(position, "code", "编码 " + code.strip() + " 在本文件中重复");
            } else {
                CategoryLevel level = level(cells.get("level"));
                if (level == null) {
                    error(position, "level", "层级 '" + cells.get("level") + "' 不在可选范围：LARGE（大类）、MEDIUM（中类）、SMALL（小类）");
                } else if ((level == CategoryLevel.LARGE) != (parent == null)) {
                    error(position, "parent_code", level == CategoryLevel.LARGE ? "大类（LARGE）没有上级" : level + " 须填上级编码");
                } else {
                    rows.add(new CategoryRow(position, code.strip(), name.strip(), level, parent));
                }
            }
        }

        void error(int position, String field, String message) {
            errors.add(spreadsheet ? FieldError.atRow(position, field, message) : FieldError.atLine(position, field, message));
        }

        Result result() {
            return new Result(rows, errors, spreadsheet);
        }

        private static CategoryLevel level(String raw) {
            try {
                return raw == null ? null : CategoryLevel.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
