package cn.ruralcommerce.stations.imports;

/**
 * Guards exported text against spreadsheet formula injection (CSV/XLSX cells starting with = + - @ get a
 * leading single quote) and removes that guard again on import, so an exported file re-imports unchanged.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String guard(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    public static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
