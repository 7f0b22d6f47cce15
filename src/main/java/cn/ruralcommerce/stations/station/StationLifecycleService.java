package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Status changes of single stations (with effective date and reason) and their history. */
@Singleton
public class StationLifecycleService {
    private final StationRepository stations;
    private final StationStatusChangeRepository history;
    private final StationService stationService;
    private final Auditor auditor;
    private final ChangeRecorder changes;
    private final Clock clock;
    private final ZoneId zone;

    public StationLifecycleService(StationRepository stations, StationStatusChangeRepository history,
                                   StationService stationService, Auditor auditor, ChangeRecorder changes,
                                   Clock clock, @Named("bureau") ZoneId zone) {
        this.stations = stations;
        this.history = history;
        this.stationService = stationService;
        this.auditor = auditor;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    @RetryWriteConflicts
    public Station changeStatus(String code, StatusChangeRequest request, CurrentUser caller) {
        Station before = stationService.get(code, caller);
        StationService.requireWritable(before.countyCode(), caller);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        StationStatus target = StationService.status(request.status());
        LocalDate effectiveOn = request.effectiveOn() == null ? today : request.effectiveOn();
        List<StationStatusChange> past = history.findHistory(code);
        LocalDate last = past.isEmpty() ? null : past.get(past.size() - 1).effectiveOn();
        Station after = StationService.checked(() ->
                StationLifecycle.transition(before, target, effectiveOn, last, today, now));
        stations.update(after);
        StationStatusChange change = history.save(StationLifecycle.change(after, target, effectiveOn,
                request.reason().strip(), caller.username(), now));
        auditor.record(caller.username(), "STATUS", "STATION", code, after.countyCode(), before, change);
        changes.record(ChangeRecorder.STATION, code, after.countyCode());
        return after;
    }

    /** The lifecycle history of a station, oldest first (404 for an unknown station). */
    public List<StationStatusChange> history(String code, CurrentUser caller) {
        stationService.get(code, caller);
        return history.findHistory(code);
    }
}
