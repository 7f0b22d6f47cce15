package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.cache.ExpiringCache;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The poverty-alleviation certificates (扶贫产品认定) that sales check, per county, cached for a few seconds. */
@Singleton
public class CertificateLookup {
    private final PovertyCertificateRepository certificates;
    private final ExpiringCache<String, List<PovertyCertificate>> byCounty = new ExpiringCache<>(CatalogService.REFERENCE_TTL_NANOS);

    public CertificateLookup(PovertyCertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** Certificates of the counties whose validity overlaps [from, to]. */
    public List<PovertyCertificate> overlapping(Collection<String> counties, LocalDate from, LocalDate to) {
        List<PovertyCertificate> found = new ArrayList<>();
        for (String county : counties) {
            byCounty.get(county, c -> List.copyOf(certificates.findByCountyCodeOrderByValidFrom(c))).stream().filter(c -> !c.validFrom().isAfter(to) && !c.validTo().isBefore(from)).forEach(found::add);
        }
        return found;
    }

    void certificatesChanged() {
        byCounty.clear();
    }
}
