package cn.ruralcommerce.stations.audit;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** No HTTP route can change the audit log: every route the router serves under /api/audit only reads. */
@MicronautTest
class AuditRoutesIT {
    @Inject
    Router router;

    @Test
    void auditRoutesAreReadOnly() {
        List<UriRouteInfo<?, ?>> audit = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/audit")).toList();
        assertFalse(audit.isEmpty(), "the audit routes are found");
        List<String> writes = audit.stream().filter(r -> !Set.of(HttpMethod.GET, HttpMethod.HEAD).contains(r.getHttpMethod()))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate()).toList();
        assertEquals(List.of(), writes);
    }
}
