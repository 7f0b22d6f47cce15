package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.web.FieldError;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every station of an archive comes with its status history (状态变更记录), and its latest change (by date, then
 * id) is the status the station row states: a restored station never lacks the history that says on which days
 * it was active, which the sales checks and statistics read.
 */
final class StatusHistoryCheck {
    private StatusHistoryCheck() {
    }

    static void check(List<ArchiveRows> files, List<FieldError> errors) {
        ArchiveRows stations = file(files, "station");
        ArchiveRows history = file(files, "station_status_change");
        if (stations == null || history == null) {
            return;
        }
        ArchiveTable h = history.table();
        Map<String, ArchiveRows.Row> latest = new HashMap<>();
        for (ArchiveRows.Row row : history.rows()) {
            String station = row.cells().get(h.indexOf("station_code"));
            ArchiveRows.Row known = latest.get(station);
            if (known == null || later(h, row, known)) {
                latest.put(station, row);
            }
        }
        ArchiveTable s = stations.table();
        for (ArchiveRows.Row row : stations.rows()) {
            String code = row.cells().get(s.indexOf("code"));
            String status = row.cells().get(s.indexOf("status"));
            ArchiveRows.Row last = latest.get(code);
            if (last == null) {
                errors.add(FieldError.atLine(row.line(), s.file() + "/status",
                        "站点 " + code + " 在 " + h.file() + " 中没有状态变更记录，不能恢复"));
            } else if (!status.equals(last.cells().get(h.indexOf("status")))) {
                errors.add(FieldError.atLine(row.line(), s.file() + "/status", "站点 " + code + " 的状态 " + status
                        + " 与 " + h.file() + " 第 " + last.line() + " 行的最近一次变更 " + last.cells().get(h.indexOf("status")) + " 不符"));
            }
        }
    }

    private static boolean later(ArchiveTable h, ArchiveRows.Row a, ArchiveRows.Row b) {
        int day = ((LocalDate) a.values().get(h.indexOf("effective_on"))).compareTo((LocalDate) b.values().get(h.indexOf("effective_on")));
        return day != 0 ? day > 0 : ((Long) a.values().get(h.indexOf("id"))) > ((Long) b.values().get(h.indexOf("id")));
    }

    private static ArchiveRows file(List<ArchiveRows> files, String table) {
        return files.stream().filter(f -> f.table().table().equals(table)).findFirst().orElse(null);
    }
}
