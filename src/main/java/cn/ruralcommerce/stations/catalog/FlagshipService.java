package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Designates a county's 2–3 flagship categories (拳头产品): the whole set is replaced at once, so the bound always holds. */
@Singleton
public class FlagshipService {
    static final int MIN = 2;
    static final int MAX = 3;

    private final FlagshipRepository flagships;
    private final CategoryRepository categories;
    private final RegionRepository regions;
    private final Auditor auditor;
    private final Clock clock;

    public FlagshipService(FlagshipRepository flagships, CategoryRepository categories, RegionRepository regions,
                           Auditor auditor, Clock clock) {
        this.flagships = flagships;
        this.categories = categories;
        this.regions = regions;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<CountyFlagship> of(String countyCode) {
        return countyCode == null ? flagships.findAllOrderByCountyCode() : flagships.findByCountyCodeOrderByCategoryCode(countyCode);
    }

    @Transactional
    @RetryWriteConflicts
    public List<CountyFlagship> designate(String countyCode, List<String> categoryCodes, CurrentUser caller) {
        Region county = regions.findById(countyCode).filter(r -> r.level() == RegionLevel.COUNTY)
                .orElseThrow(() -> ApiException.notFound("county", countyCode));
        if (!caller.mayWriteInCounty(county.code())) {
            throw ApiException.forbidden("无权为区县 " + county.code() + " 指定旗舰品类", "may not designate flagships for county " + county.code());
        }
        Set<String> codes = new LinkedHashSet<>(categoryCodes == null ? List.of() : categoryCodes);
        if (codes.size() < MIN || codes.size() > MAX || codes.size() != categoryCodes.size()) {
            throw ApiException.badField("categoryCodes", "每个区县指定 " + MIN + " 至 " + MAX + " 个不同的品类，收到 " + codes, "a county designates " + MIN + " to " + MAX + " distinct categories, got " + codes);
        }
        for (String code : codes) {
            Category category = categories.findById(code)
                    .orElseThrow(() -> ApiException.badField("categoryCodes", "品类 " + code + " 不存在", "unknown category " + code));
            if (category.level() == CategoryLevel.SMALL) {
                throw ApiException.badField("categoryCodes", "品类 " + code + " 是小类；旗舰品类须为大类或中类", code + " is SMALL; flagships are LARGE or MEDIUM categories");
            }
        }
        List<CountyFlagship> before = flagships.findByCountyCodeOrderByCategoryCode(county.code());
        flagships.deleteByCountyCode(county.code());
        Instant now = clock.instant();
        List<CountyFlagship> after = codes.stream()
                .map(code -> flagships.save(new CountyFlagship(null, county.code(), code, caller.username(), now))).toList();
        auditor.record(caller.username(), "DESIGNATE", "FLAGSHIP", county.code(), county.code(),
                before.stream().map(CountyFlagship::categoryCode).toList(), List.copyOf(codes));
        return after;
    }
}
