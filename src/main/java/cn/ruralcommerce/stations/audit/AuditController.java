package cn.ruralcommerce.stations.audit;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log, newest first: ADMIN reads all of it, a county BUREAU the entries of its own county. */
@Controller("/api/audit")
@Tag(name = "audit")
public class AuditController {
    private final AuditRepository audit;

    public AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    @Get
    @Secured({Role.ADMIN_NAME, Role.BUREAU_NAME})
    public PageView<AuditEntry> search(@QueryValue @Nullable String entityType, @QueryValue @Nullable String entityId,
                                       @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                                       Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        if (page < 0) {
            throw ApiException.badField("page", "不能为负数", "must not be negative");
        }
        if (size < 1 || size > 500) {
            throw ApiException.badField("size", "须为 1 至 500", "must be 1..500");
        }
        String county = caller.isAdmin() ? "" : caller.scopeCode();
        Page<AuditEntry> found = audit.search(blankToEmpty(entityType), blankToEmpty(entityId), county,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
        return PageView.of(found.getContent(), page, size, found.getTotalSize());
    }

    private static String blankToEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
