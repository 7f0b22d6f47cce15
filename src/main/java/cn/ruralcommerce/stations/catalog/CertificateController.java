package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Poverty-alleviation product certificates (扶贫产品认定) per county. */
@Controller("/api/catalog/certificates")
@Tag(name = "catalog")
public class CertificateController {
    private final CertificateService certificates;

    public CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<PovertyCertificate> list(@QueryValue String county) {
        return certificates.ofCounty(county);
    }

    @Post
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public HttpResponse<PovertyCertificate> create(@Body @Valid CertificateRequest request, Authentication user) {
        return HttpResponse.created(certificates.create(request, CurrentUser.of(user)));
    }
}
