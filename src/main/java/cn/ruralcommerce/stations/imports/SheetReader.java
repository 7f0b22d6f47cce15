package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads an upload as a {@link Sheet}: XLSX when the bytes are a zip archive, otherwise strict UTF-8 CSV. */
public final class SheetReader {
    /** The table and the rows (or file) that could not be read at all. */
    public record Result(Sheet sheet, List<FieldError> errors) {
    }

    private SheetReader() {
    }

    public static Result read(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return XlsxSheets.read(content);
        }
        return csv(content);
    }

    static Result csv(byte[] content) {
        TextFile file = TextFile.decode(content);
        List<FieldError> errors = new ArrayList<>();
        file.encodingErrors().forEach(e -> errors.add(FieldError.atRow(e.line(), e.field(), e.message())));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), format)) {
            header = normalize(parser.getHeaderNames());
            FieldError duplicate = XlsxRows.duplicateColumns(header, false);
            if (duplicate != null) {
                return new Result(new Sheet(header, List.of()), List.of(duplicate));
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    cells.put(header.get(i), SpreadsheetCells.unguard(record.get(i)));
                }
                if (cells.values().stream().anyMatch(v -> !Cells.blank(v))) {
                    rows.add(new Sheet.Row(file.lineAt(record.getCharacterPosition()), cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            errors.add(FieldError.atRow(1, "file", "不是可读的 CSV 文件（请用 UTF-8 编码的逗号分隔文件）"));
        }
        return new Result(new Sheet(header, rows), errors);
    }

    static List<String> normalize(List<String> names) {
        return names.stream().map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
