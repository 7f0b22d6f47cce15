package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.UserRequests.CreateUserRequest;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Account management: ADMIN manages every account; a county BUREAU manages the OPERATOR accounts of
 * stations in its county and nothing else.
 */
@Singleton
public class UserService {
    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final RegionRepository regions;
    private final StationDirectory stations;
    private final AccountStatusCache statusCache;
    private final Auditor auditor;
    private final Clock clock;
    private final StoredRefreshTokens refreshTokens;

    public UserService(AppUserRepository users, PasswordHasher hasher, RegionRepository regions, StationDirectory stations,
                       AccountStatusCache statusCache, Auditor auditor, Clock clock, StoredRefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.hasher = hasher;
        this.regions = regions;
        this.stations = stations;
        this.statusCache = statusCache;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<AppUser> list(CurrentUser caller) {
        if (caller.isAdmin()) {
            return users.listOrderByUsername();
        }
        return users.findByRoleOrderByUsername(Role.OPERATOR).stream()
                .filter(u -> u.scopeCode() != null && stationInCounty(u.scopeCode(), caller))
                .toList();
    }

    public AppUser get(String username, CurrentUser caller) {
        String canonical = Usernames.canonical(username);
        AppUser user = (canonical == null ? java.util.Optional.<AppUser>empty() : users.findByCanonicalName(canonical))
                .orElseThrow(() -> ApiException.notFound("user", username));
        requireManageable(user.role(), user.scopeCode(), caller);
        return user;
    }

    @Transactional
    @RetryWriteConflicts
    public AppUser create(CreateUserRequest request, CurrentUser caller) {
        String scope = checkedScope(request.role(), request.scopeCode());
        requireManageable(request.role(), scope, caller);
        String username = Usernames.canonical(request.username());
        if (username == null) {
            throw ApiException.badField("username", "须为 3-64 个字母、数字或 _ . -");
        }
        PasswordPolicy.check(username, request.password());
        if (users.findByCanonicalName(username).isPresent()) {
            // the same answer whoever holds the name: nothing about the other account or its county
            throw ApiException.conflict("该用户名不可用，请换一个", "this username is not available; choose another");
        }
        Instant now = clock.instant();
        AppUser user = users.save(new AppUser(null, username, hasher.hash(request.password()), request.role(),
                scope, request.displayName(), true, now, now, 0));
        auditor.record(caller.username(), "CREATE", "USER", user.username(), countyOf(user), null, UserView.of(user));
        return user;
    }

    @Transactional
    @RetryWriteConflicts
    public AppUser setEnabled(String username, boolean enabled, CurrentUser caller) {
        AppUser before = get(username, caller);
        if (!enabled && before.username().equals(caller.username())) {
            throw ApiException.badField("username", "不能停用自己的账号", "you cannot disable your own account");
        }
        AppUser after = users.update(before.withEnabled(enabled, clock.instant()));
        statusCache.evict(username);
        refreshTokens.revokeAll(username);
        auditor.record(caller.username(), enabled ? "ENABLE" : "DISABLE", "USER", username, countyOf(after),
                UserView.of(before), UserView.of(after));
        return after;
    }

    @Transactional
    @RetryWriteConflicts
    public AppUser setScope(String username, Role role, @Nullable String rawScope, CurrentUser caller) {
        AppUser before = get(username, caller);
        String scope = checkedScope(role, rawScope);
        requireManageable(role, scope, caller);
        AppUser after = users.update(before.withScope(role, scope, clock.instant()));
        statusCache.evict(username);
        refreshTokens.revokeAll(username);
        auditor.record(caller.username(), "SCOPE", "USER", username, countyOf(after), UserView.of(before), UserView.of(after));
        return after;
    }

    @Transactional
    @RetryWriteConflicts
    public void setPassword(String username, String password, CurrentUser caller) {
        AppUser before = get(username, caller);
        PasswordPolicy.check(username, password);
        users.update(before.withPasswordHash(hasher.hash(password), clock.instant()));
        statusCache.evict(username);
        refreshTokens.revokeAll(username);
        auditor.record(caller.username(), "PASSWORD", "USER", username, countyOf(before), null, null);
    }

    @Transactional
    @RetryWriteConflicts
    public void changeOwnPassword(String currentPassword, String newPassword, CurrentUser caller) {
        AppUser user = users.findByUsername(caller.username()).orElseThrow(() -> ApiException.notFound("user", caller.username()));
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw ApiException.badField("currentPassword", "与当前密码不符", "does not match");
        }
        PasswordPolicy.check("newPassword", user.username(), newPassword);
        users.update(user.withPasswordHash(hasher.hash(newPassword), clock.instant()));
        statusCache.evict(user.username());
        refreshTokens.revokeAll(user.username());
        auditor.record(caller.username(), "PASSWORD", "USER", user.username(), countyOf(user), null, null);
    }

    /** The normalised scope code for a role, or a 400 naming scopeCode. */
    String checkedScope(Role role, @Nullable String raw) {
        boolean blank = raw == null || raw.isBlank();
        if (!role.scoped()) {
            if (!blank) {
                throw ApiException.badField("scopeCode", role + " 账号没有管辖范围", role + " accounts have no scope");
            }
            return null;
        }
        if (blank) {
            throw ApiException.badField("scopeCode", (role == Role.BUREAU ? "县商务局账号须填区县代码" : "站点经营者账号须填站点编号"), "is required for " + role
                    + (role == Role.BUREAU ? " (a county code)" : " (a station code)"));
        }
        if (role == Role.BUREAU) {
            String code = RegionCodes.normalize(raw).orElseThrow(() -> ApiException.badField("scopeCode", "不是行政区划代码", "is not a division code"));
            Region county = regions.findById(code).orElseThrow(() -> ApiException.badField("scopeCode", "区县 " + code + " 不存在", "unknown county " + code));
            if (county.level() != RegionLevel.COUNTY) {
                throw ApiException.badField("scopeCode", code + " 是 " + county.level() + "，不是区县（COUNTY）", code + " is a " + county.level() + ", not a COUNTY");
            }
            return code;
        }
        String station = raw.strip();
        if (stations.regionCodeOf(station).isEmpty()) {
            throw ApiException.badField("scopeCode", "站点 " + station + " 不存在", "unknown station " + station);
        }
        return station;
    }

    private void requireManageable(Role role, @Nullable String scope, CurrentUser caller) {
        if (caller.isAdmin()) {
            return;
        }
        if (caller.role() == Role.BUREAU && role == Role.OPERATOR && scope != null && stationInCounty(scope, caller)) {
            return;
        }
        throw ApiException.forbidden("县商务局只能管理本县站点的经营者账号", "a county bureau manages only operator accounts of stations in its county");
    }

    private boolean stationInCounty(String stationCode, CurrentUser caller) {
        return stations.regionCodeOf(stationCode).map(caller::covers).orElse(false);
    }

    private String countyOf(AppUser user) {
        if (user.role() == Role.BUREAU) {
            return user.scopeCode();
        }
        if (user.role() == Role.OPERATOR && user.scopeCode() != null) {
            return stations.regionCodeOf(user.scopeCode()).filter(c -> c.length() >= 6).map(c -> c.substring(0, 6)).orElse(null);
        }
        return null;
    }
}
