package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Registers and lists poverty-alleviation product certificates (扶贫产品认定); ADMIN or the county's BUREAU writes. */
@Singleton
public class CertificateService {
    private final PovertyCertificateRepository certificates;
    private final CategoryRepository categories;
    private final RegionRepository regions;
    private final Auditor auditor;
    private final Clock clock;
    private final CertificateLookup lookup;

    public CertificateService(PovertyCertificateRepository certificates, CategoryRepository categories,
                              RegionRepository regions, Auditor auditor, Clock clock, CertificateLookup lookup) {
        this.lookup = lookup;
        this.certificates = certificates;
        this.categories = categories;
        this.regions = regions;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<PovertyCertificate> ofCounty(String countyCode) {
        return certificates.findByCountyCodeOrderByValidFrom(countyCode);
    }

    @Transactional
    @RetryWriteConflicts
    public PovertyCertificate create(CertificateRequest request, CurrentUser caller) {
        String county = request.countyCode().strip();
        regions.findById(county).filter(r -> r.level() == RegionLevel.COUNTY)
                .orElseThrow(() -> ApiException.badField("countyCode", "区县 " + county + " 不存在", "unknown county " + county));
        if (!caller.mayWriteInCounty(county)) {
            throw ApiException.forbidden("无权认定区县 " + county + " 的产品", "may not certify products of county " + county);
        }
        Category category = categories.findById(request.categoryCode().strip())
                .orElseThrow(() -> ApiException.badField("categoryCode", "品类 " + request.categoryCode() + " 不存在", "unknown category " + request.categoryCode()));
        if (category.level() != CategoryLevel.SMALL) {
            throw ApiException.badField("categoryCode", "品类 " + category.code() + " 不是小类；证书须写明一个小类", category.code() + " is " + category.level() + "; certificates name a SMALL category");
        }
        if (request.validTo().isBefore(request.validFrom())) {
            throw ApiException.badField("validTo", "早于生效日期 validFrom", "is before validFrom");
        }
        String number = request.certificateNo().strip();
        if (certificates.findByCertificateNo(number).isPresent()) {
            throw ApiException.conflict("证书编号 " + number + " 已登记", "certificate " + number + " is registered");
        }
        PovertyCertificate saved = certificates.save(new PovertyCertificate(null, number, request.supplier().strip(),
                request.productName().strip(), category.code(), county, request.validFrom(), request.validTo(),
                caller.username(), clock.instant()));
        lookup.certificatesChanged();
        auditor.record(caller.username(), "CREATE", "CERTIFICATE", String.valueOf(saved.id()), county, null, saved);
        return saved;
    }
}
