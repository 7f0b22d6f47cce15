package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Reads divisions and retires codes; lookups accept the 12-digit padded form. */
@Singleton
public class RegionService {
    private final RegionRepository regions;
    private final RegionVersionRepository versions;
    private final Auditor auditor;
    private final Clock clock;
    private final ChangeRecorder changes;

    public RegionService(RegionRepository regions, RegionVersionRepository versions, Auditor auditor, Clock clock,
                         ChangeRecorder changes) {
        this.changes = changes;
        this.regions = regions;
        this.versions = versions;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The division for a code in either form, or a 400 for a malformed code, or a 404. */
    public Region get(String rawCode) {
        String code = normalizeOrReject("code", rawCode);
        return regions.findById(code).orElseThrow(() -> ApiException.notFound("region", code));
    }

    public List<Region> children(String rawCode) {
        Region parent = get(rawCode);
        return regions.findByParentCodeOrderByCode(parent.code());
    }

    /** Divisions of a level inside a division (by code prefix), in code order. */
    public List<Region> descendants(String rawCode, RegionLevel level) {
        Region ancestor = get(rawCode);
        if (level.ordinal() <= ancestor.level().ordinal()) {
            throw ApiException.badField("level", level + " 不低于 " + ancestor.level() + "，层级不对", level + " is not below " + ancestor.level());
        }
        return regions.findWithin(ancestor.code(), level);
    }

    public List<RegionVersion> history(String rawCode) {
        return versions.findByCodeOrderByValidFrom(get(rawCode).code());
    }

    @Transactional
    @RetryWriteConflicts
    public Region retire(String rawCode, RetireRequest request, String username) {
        Region region = get(rawCode);
        String successor = null;
        if (request.successorCode() != null && !request.successorCode().isBlank()) {
            successor = get(normalizeOrReject("successorCode", request.successorCode())).code();
            if (successor.equals(region.code())) {
                throw ApiException.badField("successorCode", "代码不能以自身为继任", "a code cannot succeed itself");
            }
        }
        if (request.retiredOn().isBefore(region.validFrom())) {
            throw ApiException.badField("retiredOn", "早于该代码的生效日期 " + region.validFrom(), "is before the code's valid-from date " + region.validFrom());
        }
        Region retired = new Region(region.code(), region.name(), region.level(), region.parentCode(), region.lon(),
                region.lat(), region.population(), region.rural(), region.formerPoverty(), region.validFrom(),
                request.retiredOn(), successor, clock.instant());
        regions.update(retired);
        changes.recordCounties(ChangeRecorder.REGION, List.of(RegionCodes.countyOf(region.code())));
        auditor.record(username, "RETIRE", "REGION", region.code(), null, RegionView.of(region), RegionView.of(retired));
        return retired;
    }

    static String normalizeOrReject(String field, String raw) {
        return RegionCodes.normalize(raw).orElseThrow(() ->
                ApiException.badField(field, "'" + raw + "' 不是 2、4、6、9 或 12 位的行政区划代码", "'" + raw + "' is not a division code of 2, 4, 6, 9 or 12 digits"));
    }
}
