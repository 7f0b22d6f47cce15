package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the rows of one archive file: cell types, the county of each row, and that its station is archived too. */
final class RowChecker {
    private RowChecker() {
    }

    /**
     * The parsed rows; problems go to {@code errors}. {@code stations} collects the station codes of the
     * stations file (checked first) and is read by the files that follow.
     */
    static ArchiveRows check(ArchiveTable table, Sheet sheet, String county, Set<String> stations, List<FieldError> errors) {
        List<ArchiveRows.Row> rows = new ArrayList<>(sheet.rows().size());
        for (Sheet.Row row : sheet.rows()) {
            List<String> cells = table.names().stream().map(name -> ArchiveTable.nullToEmpty(row.cells().get(name))).toList();
            try {
                rows.add(new ArchiveRows.Row(row.number(), cells, values(table, cells, county, stations)));
            } catch (RowException e) {
                errors.add(FieldError.atLine(row.number(), table.file() + "/" + e.field(), e.getMessage(), e.messageEn()));
            }
        }
        if (table.table().equals("station")) {
            rows.forEach(r -> stations.add(r.cells().get(table.indexOf("code"))));
        }
        return new ArchiveRows(table, rows);
    }

    private static List<Object> values(ArchiveTable table, List<String> cells, String county, Set<String> stations) {
        List<Object> values = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            ArchiveColumn column = table.columns().get(c);
            String cell = cells.get(c);
            values.add(RowException.cell(column.name(), () -> column.parse(cell)));
        }
        if (table.countyColumn() != null && !county.equals(cells.get(table.indexOf(table.countyColumn())))) {
            throw new RowException(table.countyColumn(), "属于区县 " + cells.get(table.indexOf(table.countyColumn())) + "，不是 " + county, "belongs to county " + cells.get(table.indexOf(table.countyColumn()))
                    + ", not " + county);
        }
        if (table.stationColumn() != null && !stations.contains(cells.get(table.indexOf(table.stationColumn())))) {
            throw new RowException(table.stationColumn(), "站点 " + cells.get(table.indexOf(table.stationColumn())) + " 不在 stations.csv 中", "station " + cells.get(table.indexOf(table.stationColumn()))
                    + " is not in stations.csv");
        }
        return values;
    }
}
