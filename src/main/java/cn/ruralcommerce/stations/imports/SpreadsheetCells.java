package cn.ruralcommerce.stations.imports;

/**
 * Guards exported text against spreadsheet formula injection (CSV/XLSX cells starting with = + - @ get a
 * leading single quote) and removes that guard again on import, so an exported file re-imports unchanged.
 * Text that already starts with quotes before such a character gets one more, so every text survives the
 * round trip, {@code '=1} included.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String guard(String value) {
        return value != null && needsGuard(value) ? "'" + value : value;
    }

    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && needsGuard(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    /** Starts with a formula character, possibly after quotes. */
    private static boolean needsGuard(String value) {
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && "=+-@".indexOf(value.charAt(first)) >= 0;
    }
}
