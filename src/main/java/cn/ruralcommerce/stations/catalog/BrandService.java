package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.catalog.BrandRequests.BrandRequest;
import cn.ruralcommerce.stations.catalog.BrandRequests.BrandView;
import cn.ruralcommerce.stations.catalog.BrandRequests.TagRequest;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Regional public brands (区域公用品牌) and their tags: ADMIN creates brands and tags categories; a county's BUREAU may tag its county. */
@Singleton
public class BrandService {
    private final PublicBrandRepository brands;
    private final PublicBrandTagRepository tags;
    private final CategoryRepository categories;
    private final RegionRepository regions;
    private final Auditor auditor;
    private final Clock clock;

    public BrandService(PublicBrandRepository brands, PublicBrandTagRepository tags, CategoryRepository categories,
                        RegionRepository regions, Auditor auditor, Clock clock) {
        this.brands = brands;
        this.tags = tags;
        this.categories = categories;
        this.regions = regions;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<BrandView> list() {
        return brands.findAllOrderByName().stream().map(this::view).toList();
    }

    @Transactional
    @RetryWriteConflicts
    public BrandView create(BrandRequest request, CurrentUser caller) {
        String name = request.name().strip();
        if (brands.findByName(name).isPresent()) {
            throw ApiException.conflict("品牌 " + name + " 已存在", "brand " + name + " exists");
        }
        PublicBrand brand = brands.save(new PublicBrand(null, name, request.owner(), clock.instant()));
        auditor.record(caller.username(), "CREATE", "BRAND", String.valueOf(brand.id()), null, null, brand);
        return view(brand);
    }

    @Transactional
    @RetryWriteConflicts
    public BrandView tag(Long brandId, TagRequest request, CurrentUser caller) {
        PublicBrand brand = brands.findById(brandId).orElseThrow(() -> ApiException.notFound("brand", String.valueOf(brandId)));
        String code = request.code().strip();
        switch (request.kind()) {
            case PublicBrandTag.CATEGORY -> {
                if (!caller.isAdmin()) {
                    throw ApiException.forbidden("只有系统管理员可以给品牌标注品类", "only ADMIN tags brands to categories");
                }
                categories.findById(code).orElseThrow(() -> ApiException.badField("code", "品类 " + code + " 不存在", "unknown category " + code));
            }
            case PublicBrandTag.COUNTY -> {
                regions.findById(code).filter(r -> r.level() == RegionLevel.COUNTY)
                        .orElseThrow(() -> ApiException.badField("code", "区县 " + code + " 不存在", "unknown county " + code));
                if (!caller.mayWriteInCounty(code)) {
                    throw ApiException.forbidden("无权给区县 " + code + " 标注品牌", "may not tag county " + code);
                }
            }
            default -> throw ApiException.badField("kind", "须为 CATEGORY（品类）或 COUNTY（区县）", "must be CATEGORY or COUNTY");
        }
        if (!tags.existsByBrandIdAndKindAndCode(brandId, request.kind(), code)) {
            PublicBrandTag tag = tags.save(new PublicBrandTag(null, brandId, request.kind(), code));
            auditor.record(caller.username(), "TAG", "BRAND", String.valueOf(brandId),
                    PublicBrandTag.COUNTY.equals(request.kind()) ? code : null, null, tag);
        }
        return view(brand);
    }

    private BrandView view(PublicBrand brand) {
        List<PublicBrandTag> all = tags.findByBrandId(brand.id());
        return new BrandView(brand.id(), brand.name(), brand.owner(),
                all.stream().filter(t -> t.kind().equals(PublicBrandTag.CATEGORY)).map(PublicBrandTag::code).sorted().toList(),
                all.stream().filter(t -> t.kind().equals(PublicBrandTag.COUNTY)).map(PublicBrandTag::code).sorted().toList());
    }
}
