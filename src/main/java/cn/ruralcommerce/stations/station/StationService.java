package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers and edits single stations within the caller's scope; every write is audited and change-logged. */
@Singleton
public class StationService {
    private final StationRepository stations;
    private final StationStatusChangeRepository history;
    private final RegionRepository regions;
    private final CountyBoundaries boundaries;
    private final Auditor auditor;
    private final ChangeRecorder changes;
    private final Clock clock;
    private final ZoneId zone;

    public StationService(StationRepository stations, StationStatusChangeRepository history, RegionRepository regions,
                          CountyBoundaries boundaries, Auditor auditor, ChangeRecorder changes, Clock clock,
                          @Named("bureau") ZoneId zone) {
        this.stations = stations;
        this.history = history;
        this.regions = regions;
        this.boundaries = boundaries;
        this.auditor = auditor;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    /** The station, or 404; an OPERATOR may only read its own station (403). */
    public Station get(String code, CurrentUser caller) {
        Station station = stations.findById(code).orElseThrow(() -> ApiException.notFound("station", code));
        if (caller.role() == Role.OPERATOR && !code.equals(caller.scopeCode())) {
            throw ApiException.forbidden("站点经营者只能查看本站点", "an operator may only see its own station");
        }
        return station;
    }

    @Transactional
    @RetryWriteConflicts
    public Station create(StationRequest request, CurrentUser caller) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Station station = checked(() -> {
            StationRules.checkCode(request.code());
            return StationDraft.from(request.code(), request, StationDraft.requestedStatus(request), now);
        });
        requireWritable(station.countyCode(), caller);
        if (stations.existsById(station.code())) {
            throw new ApiException(HttpStatus.CONFLICT, "code: 站点编号 " + station.code() + " 已存在", "code: station " + station.code() + " already exists",
                    List.of(new FieldError("code", "站点编号 " + station.code() + " 已存在", "station " + station.code() + " already exists")));
        }
        if (!stations.findCodesByLowerCodeIn(List.of(station.code().toLowerCase(java.util.Locale.ROOT))).isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "code: 已有仅大小写不同的站点编号",
                    List.of(new FieldError("code", "已有仅大小写不同的站点编号（编号不区分大小写）")));
        }
        Station complete = StationLifecycle.withDefaultDates(station, today);
        checked(() -> {
            rules(complete, today).check(complete);
            return complete;
        });
        stations.save(complete);
        history.saveAll(StationLifecycle.initialHistory(complete, today, "registered", caller.username(), now));
        auditor.record(caller.username(), "CREATE", "STATION", complete.code(), complete.countyCode(), null, complete);
        changes.record(ChangeRecorder.STATION, complete.code(), complete.countyCode());
        return complete;
    }

    @Transactional
    @RetryWriteConflicts
    public Station update(String code, StationRequest request, CurrentUser caller) {
        Station before = get(code, caller);
        requireWritable(before.countyCode(), caller);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (request.code() != null && !request.code().strip().equals(code)) {
            throw ApiException.badField("code", "与路径中的站点编号（" + code + "）不一致；编号不能修改", "does not match the station in the path (" + code + "); codes cannot change");
        }
        if (request.status() != null && !request.status().isBlank()
                && status(request.status()) != before.status()) {
            throw ApiException.badField("status", "状态请用 POST /api/stations/" + code + "/status 修改", "change the status with POST /api/stations/" + code + "/status");
        }
        if (request.openedOn() != null && !request.openedOn().equals(before.openedOn())) {
            throw ApiException.badField("openedOn", "与记录的开业日期 " + before.openedOn() + " 不同；日期随状态变更而改", "differs from the recorded opening date " + before.openedOn()
                    + "; dates change with the status");
        }
        if (request.closedOn() != null && !request.closedOn().equals(before.closedOn())) {
            throw ApiException.badField("closedOn", "与记录的关闭日期 " + before.closedOn() + " 不同；日期随状态变更而改", "differs from the recorded closing date " + before.closedOn()
                    + "; dates change with the status");
        }
        StationRequest complete = StationDraft.keepingStored(request, before);
        Station after = checked(() -> StationDraft.from(code, complete, before.status(), now))
                .withStatus(before.status(), before.openedOn(), before.closedOn(), now).withCreatedAt(before.createdAt());
        requireWritable(after.countyCode(), caller);
        checked(() -> {
            rules(after, today).check(after);
            return after;
        });
        return save(before, after, "UPDATE", caller);
    }

    /** Operator contact, opening hours and services: also open to the station's own OPERATOR. */
    @Transactional
    @RetryWriteConflicts
    public Station updateContact(String code, ContactRequest request, CurrentUser caller) {
        Station before = get(code, caller);
        if (caller.role() != Role.OPERATOR) {
            requireWritable(before.countyCode(), caller);
        }
        OperatorContact operator = request.operator();
        Station after = before.withContact(operator == null ? null : StationDraft.blankToNull(operator.name()),
                operator == null ? null : StationDraft.blankToNull(operator.phone()),
                StationDraft.blankToNull(request.openingHours()),
                checked(() -> StationDraft.services(request.services())), clock.instant());
        return save(before, after, "UPDATE_CONTACT", caller);
    }

    private Station save(Station before, Station after, String action, CurrentUser caller) {
        if (after.sameAs(before)) {
            return before;
        }
        stations.update(after);
        auditor.record(caller.username(), action, "STATION", after.code(), after.countyCode(), before, after);
        Map<String, String> touched = new HashMap<>();
        touched.put(after.code(), after.countyCode());
        changes.record(ChangeRecorder.STATION, touched);
        return after;
    }

    private StationRules rules(Station station, LocalDate today) {
        Map<String, Region> byCode = new HashMap<>();
        regions.findById(station.regionCode()).ifPresent(r -> byCode.put(r.code(), r));
        return new StationRules(byCode, boundaries.forCounties(Set.of(station.countyCode())), today);
    }

    static void requireWritable(String countyCode, CurrentUser caller) {
        if (!caller.mayWriteInCounty(countyCode)) {
            throw ApiException.forbidden("无权修改区县 " + countyCode + " 的站点", "you may not write stations in county " + countyCode);
        }
    }

    /** A status name from a request, or a 400 naming the status field. */
    static StationStatus status(String raw) {
        try {
            return StationStatus.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("status", e.getMessage());
        }
    }

    /** Runs a step whose RowException becomes a 400 naming the field. */
    static <T> T checked(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RowException e) {
            throw ApiException.badField(e.field(), e.getMessage(), e.messageEn());
        }
    }
}
