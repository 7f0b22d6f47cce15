package cn.ruralcommerce.stations.household;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.sales.StationFacts;
import cn.ruralcommerce.stations.sales.StationGate;
import cn.ruralcommerce.stations.sales.StationScope;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Households linked to stations (利益联结户): scoped reads and writes, every write audited. */
@Singleton
public class HouseholdService {
    /** Households were linked to e-commerce stations from the programme's start, never before 2000. */
    static final LocalDate EARLIEST_LINK = LocalDate.of(2000, 1, 1);
    private final HouseholdRepository households;
    private final RegionRepository regions;
    private final StationGate stations;
    private final Auditor auditor;
    private final Clock clock;
    private final ZoneId zone;

    public HouseholdService(HouseholdRepository households, RegionRepository regions, StationGate stations,
                            Auditor auditor, Clock clock, @Named("bureau") ZoneId zone) {
        this.households = households;
        this.regions = regions;
        this.stations = stations;
        this.auditor = auditor;
        this.clock = clock;
        this.zone = zone;
    }

    public Household get(Long id, CurrentUser caller) {
        Household household = households.findById(id).orElseThrow(() -> ApiException.notFound("household", String.valueOf(id)));
        StationScope.require(caller, station(household.stationCode(), "stationCode"));
        return household;
    }

    /** The households of a station, or of the caller's own scope when no station is given. */
    public List<Household> list(String stationCode, CurrentUser caller) {
        if (stationCode != null && !stationCode.isBlank()) {
            StationScope.require(caller, station(stationCode.strip(), "station"));
            return households.findByStationCodeOrderByReferenceNo(stationCode.strip());
        }
        return switch (caller.role()) {
            case OPERATOR -> households.findByStationCodeOrderByReferenceNo(caller.scopeCode());
            case BUREAU -> households.findByCountyCodeOrderByReferenceNo(caller.scopeCode());
            case ADMIN -> throw ApiException.badField("station", "必填", "is required");
            case PLANNER -> throw ApiException.forbidden("规划人员无权查看农户", "households are not shown to planners");
        };
    }

    @Transactional
    @RetryWriteConflicts
    public Household create(HouseholdRequest request, CurrentUser caller) {
        StationFacts station = checked(request, caller);
        if (households.findByCountyCodeAndReferenceNo(station.countyCode(), request.referenceNo()).isPresent()) {
            throw ApiException.conflict("农户 " + request.referenceNo() + " 已在本县联结", "household " + request.referenceNo() + " is already linked in this county");
        }
        Instant now = clock.instant();
        Household saved = households.save(new Household(null, request.referenceNo(), station.code(), station.countyCode(),
                request.villageCode(), request.headName().strip(), request.size(), request.registeredPoor(),
                request.linkedSince(), now, now));
        auditor.record(caller.username(), "CREATE", "HOUSEHOLD", String.valueOf(saved.id()), station.countyCode(), null, saved);
        return saved;
    }

    @Transactional
    @RetryWriteConflicts
    public Household update(Long id, HouseholdRequest request, CurrentUser caller) {
        Household before = get(id, caller);
        StationFacts station = checked(request, caller);
        if (!before.referenceNo().equals(request.referenceNo())) {
            throw ApiException.badField("referenceNo", "不能修改；请另行联结新农户", "cannot change; link a new household instead");
        }
        if (!station.countyCode().equals(before.countyCode())
                && households.findByCountyCodeAndReferenceNo(station.countyCode(), before.referenceNo()).isPresent()) {
            throw ApiException.conflict("农户 " + before.referenceNo() + " 已在该县联结", "household " + before.referenceNo() + " is already linked in that county");
        }
        Household after = households.update(new Household(id, before.referenceNo(), station.code(), station.countyCode(),
                request.villageCode(), request.headName().strip(), request.size(), request.registeredPoor(),
                request.linkedSince(), before.createdAt(), clock.instant()));
        auditor.record(caller.username(), "UPDATE", "HOUSEHOLD", String.valueOf(id), station.countyCode(), before, after);
        return after;
    }

    @Transactional
    @RetryWriteConflicts
    public void delete(Long id, CurrentUser caller) {
        Household before = get(id, caller);
        if (caller.role() == Role.OPERATOR) {
            throw ApiException.forbidden("只有系统管理员或本县商务局可以解除农户联结", "only ADMIN or the county's BUREAU removes a household link");
        }
        if (households.countSales(id) > 0) {
            throw ApiException.conflict("农户 " + before.referenceNo() + " 已关联销售记录，须保留", "household " + before.referenceNo() + " is linked to sales and stays on record");
        }
        households.delete(before);
        auditor.record(caller.username(), "DELETE", "HOUSEHOLD", String.valueOf(id), before.countyCode(), before, null);
    }

    private StationFacts checked(HouseholdRequest request, CurrentUser caller) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (request.linkedSince().isAfter(today) || request.linkedSince().isBefore(EARLIEST_LINK)) {
            throw ApiException.badField("linkedSince", "联结日期须在 " + EARLIEST_LINK + " 至今天（" + today + "）之间", "must be between " + EARLIEST_LINK + " and today (" + today + ")");
        }
        StationFacts station = station(request.stationCode(), "stationCode");
        StationScope.require(caller, station);
        LocalDate opened = stations.openedOn(station.code()).orElse(null);
        if (opened == null) {
            throw ApiException.badField("linkedSince", "站点 " + station.code() + " 尚未开业，不能联结农户", "the station has not opened");
        }
        if (request.linkedSince().isBefore(opened)) {
            throw ApiException.badField("linkedSince", "联结日期 " + request.linkedSince() + " 早于站点 " + station.code()
                    + " 的开业日期 " + opened, "is before the station opened");
        }
        Region village = regions.findById(request.villageCode()).filter(r -> r.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> ApiException.badField("villageCode", "行政村 " + request.villageCode() + " 不存在", "unknown village " + request.villageCode()));
        if (!village.code().startsWith(station.countyCode())) {
            throw ApiException.badField("villageCode", "行政村 " + village.code() + " 不在站点所在区县 " + station.countyCode(), village.code() + " is not in the station's county " + station.countyCode());
        }
        return station;
    }

    private StationFacts station(String code, String field) {
        return stations.find(code).orElseThrow(() -> ApiException.badField(field, "站点 " + code + " 不存在", "unknown station " + code));
    }
}
