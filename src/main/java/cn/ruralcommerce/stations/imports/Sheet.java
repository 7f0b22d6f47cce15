package cn.ruralcommerce.stations.imports;

import java.util.List;
import java.util.Map;

/**
 * An uploaded table (CSV or the first XLSX sheet): lower-case header names and the non-blank data rows,
 * each numbered as the user sees it (CSV: file line; XLSX: spreadsheet row).
 */
public record Sheet(List<String> header, List<Row> rows) {

    /** One data row: its number and the cells by header name (absent or blank cells are null). */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** The required columns missing from the header, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !header.contains(c)).toList();
    }
}
