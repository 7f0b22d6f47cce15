package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides, row by row, what an import will insert, update (with lifecycle changes) and leave alone. */
final class StationImportPlan {
    private static final Map<String, String> COLUMNS = Map.of("regionCode", "region_code", "openedOn", "opened_on",
            "closedOn", "closed_on", "allowUrban", "allow_urban", "effectiveOn", "status");

    private final StationImportContext context;
    private final Set<String> columns;
    private final CurrentUser caller;
    private final LocalDate today;
    private final Instant now;
    private final List<Station> inserts = new ArrayList<>();
    private final List<Station> updates = new ArrayList<>();
    private final List<StationStatusChange> history = new ArrayList<>();
    private int unchanged;

    StationImportPlan(StationImportContext context, Set<String> columns, CurrentUser caller, LocalDate today, Instant now) {
        this.context = context;
        this.columns = columns;
        this.caller = caller;
        this.today = today;
        this.now = now;
    }

    /** The file column of a rule's field name. */
    static String column(String field) {
        return COLUMNS.getOrDefault(field, field);
    }

    void add(StationRow row) {
        Station stored = context.stored().get(row.code());
        if (stored != null && !caller.mayWriteInCounty(stored.countyCode())) {
            throw new RowException("code", "站点 " + row.code() + " 属于区县 " + stored.countyCode() + "，您无权修改", "station " + row.code() + " is in county " + stored.countyCode()
                    + ", where you may not write");
        }
        if (!caller.mayWriteInCounty(row.regionCode().substring(0, 6))) {
            throw new RowException("region_code", row.regionCode() + " 不在您可修改的区县内", row.regionCode() + " is outside the county you may write in");
        }
        Station merged = row.merge(stored, columns, now);
        if (stored == null && context.storedLowerCodes().contains(row.code().toLowerCase(java.util.Locale.ROOT))) {
            throw new RowException("code", "已有仅大小写不同的站点编号（编号不区分大小写）");
        }
        if (stored == null) {
            Station created = StationLifecycle.withDefaultDates(merged, today);
            context.rules().check(created);
            inserts.add(created);
            history.addAll(StationLifecycle.initialHistory(created, today, "import", caller.username(), now));
            return;
        }
        Station updated = merged;
        StationStatusChange change = null;
        StationStatus target = row.status();
        if (target != null && target != stored.status()) {
            LocalDate effective = today;
            if (target == StationStatus.ACTIVE && stored.status() == StationStatus.PLANNED && row.openedOn() != null) {
                effective = row.openedOn();
            } else if (target == StationStatus.CLOSED && row.closedOn() != null) {
                effective = row.closedOn();
            }
            updated = StationLifecycle.transition(merged, target, effective, context.lastChange().get(row.code()), today, now);
            change = StationLifecycle.change(updated, target, effective, "import", caller.username(), now);
        }
        requireRecordedDates(row, stored, updated);
        context.rules().check(updated);
        if (change != null) {
            history.add(change);
        }
        if (updated.sameAs(stored)) {
            unchanged++;
        } else {
            updates.add(updated);
        }
    }

    /** A stored station's dates come from its history: a row may repeat them but not contradict them. */
    private static void requireRecordedDates(StationRow row, Station stored, Station updated) {
        if (row.openedOn() != null && !row.openedOn().equals(updated.openedOn())) {
            throw new RowException("opened_on", "开业日期 " + row.openedOn() + " 与记录的 " + stored.openedOn() + " 不同；日期只随状态变更而改", row.openedOn() + " differs from the recorded opening date "
                    + stored.openedOn() + "; dates change only with the status");
        }
        if (row.closedOn() != null && !row.closedOn().equals(updated.closedOn())) {
            throw new RowException("closed_on", "关闭日期 " + row.closedOn() + " 与记录的 " + stored.closedOn() + " 不同；日期只随状态变更而改", row.closedOn() + " differs from the recorded closing date "
                    + stored.closedOn() + "; dates change only with the status");
        }
    }

    Station before(String code) {
        return context.stored().get(code);
    }

    List<Station> inserts() {
        return inserts;
    }

    List<Station> updates() {
        return updates;
    }

    List<StationStatusChange> history() {
        return history;
    }

    int unchanged() {
        return unchanged;
    }
}
