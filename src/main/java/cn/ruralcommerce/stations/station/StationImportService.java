package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.audit.AuditEntry;
import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportRejectedException;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.imports.SheetUpload;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.FieldError;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports station files (CSV or XLSX) as an all-or-nothing upsert by code: every row is checked against
 * the same rules as the API, a changed status column becomes a lifecycle change, unchanged rows are
 * left alone (a re-import is a no-op), and with skipBadRows the valid rows go in while the rest are reported.
 */
@Singleton
public class StationImportService {
    private final StationImportContext.Loader loader;
    private final StationRepository stations;
    private final StationStatusChangeRepository history;
    private final Auditor auditor;
    private final ChangeRecorder changes;
    private final Clock clock;
    private final ZoneId zone;

    public StationImportService(StationImportContext.Loader loader, StationRepository stations,
                                StationStatusChangeRepository history, Auditor auditor, ChangeRecorder changes,
                                Clock clock, @Named("bureau") ZoneId zone) {
        this.loader = loader;
        this.stations = stations;
        this.history = history;
        this.auditor = auditor;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    @RetryWriteConflicts
    public ImportReport importFile(byte[] content, CoordinateSystem defaultCrs, boolean skipBadRows, boolean dryRun,
                                   CurrentUser caller) {
        SheetUpload upload = SheetUpload.read(content, StationFileParser.REQUIRED, StationFileParser.OPTIONAL);
        if (upload.headerRejected()) {
            return upload.rejectHeader(dryRun);
        }
        Sheet sheet = upload.sheet();
        List<FieldError> errors = upload.errors();
        StationFileParser.Result parsed = new StationFileParser(defaultCrs).parse(sheet);
        errors.addAll(parsed.errors());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        StationImportContext context = loader.load(parsed.rows(), today);
        Set<String> columns = new HashSet<>(sheet.header());
        StationImportPlan plan = new StationImportPlan(context, columns, caller, today, now);
        for (StationRow row : parsed.rows()) {
            try {
                plan.add(row);
            } catch (RowException e) {
                errors.add(FieldError.atRow(row.row(), StationImportPlan.column(e.field()), e.getMessage(), e.messageEn()));
            }
        }
        errors.sort(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row()));
        int skipped = (int) errors.stream().map(FieldError::row).distinct().count();
        ImportReport report = new ImportReport(plan.inserts().size(), plan.updates().size(), plan.unchanged(),
                skipped, dryRun, errors);
        if (!errors.isEmpty() && !skipBadRows && !dryRun) {
            throw new ImportRejectedException(report, "skipBadRows", "row");
        }
        if (!dryRun) {
            write(plan, caller);
        }
        return report;
    }

    private void write(StationImportPlan plan, CurrentUser caller) {
        stations.saveAll(plan.inserts());
        stations.updateAll(plan.updates());
        history.saveAll(plan.history());
        List<AuditEntry> audit = new ArrayList<>();
        Map<String, String> touched = new LinkedHashMap<>();
        for (Station station : plan.inserts()) {
            audit.add(auditor.entry(caller.username(), "IMPORT_CREATE", "STATION", station.code(), station.countyCode(), null, station));
            touched.put(station.code(), station.countyCode());
        }
        for (Station station : plan.updates()) {
            Station before = plan.before(station.code());
            audit.add(auditor.entry(caller.username(), "IMPORT_UPDATE", "STATION", station.code(), station.countyCode(), before, station));
            touched.put(station.code(), station.countyCode());
        }
        auditor.recordAll(audit);
        changes.record(ChangeRecorder.STATION, touched);
    }
}
