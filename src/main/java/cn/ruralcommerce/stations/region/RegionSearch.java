package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.security.StationDirectory;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Division search by name or code within the caller's scope: a BUREAU finds only divisions of its county, an
 * OPERATOR only those of its station's county; ADMIN and PLANNER search everywhere, with the divisions of the
 * county they are looking at ({@code county}) listed first.
 */
@Singleton
public class RegionSearch {
    static final int MAX_LIMIT = 200;
    private final RegionRepository regions;
    private final StationDirectory stations;

    public RegionSearch(RegionRepository regions, StationDirectory stations) {
        this.regions = regions;
        this.stations = stations;
    }

    public List<RegionMatch> search(@Nullable String q, int limit, @Nullable String rawCounty, CurrentUser caller) {
        if (q == null || q.isBlank()) {
            throw ApiException.badField("q", "必填", "is required");
        }
        String query = q.strip();
        String asCode = RegionCodes.normalize(query).orElse(query);
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        String county = rawCounty == null || rawCounty.isBlank() ? null : county(rawCounty);
        Optional<String> scope = scopeOf(caller);
        List<Region> found;
        if (scope.isPresent()) {
            if (county != null && !county.equals(scope.get())) {
                throw ApiException.forbidden("您只能在区县 " + scope.get() + " 内搜索", "you may only search county " + scope.get());
            }
            found = regions.searchWithin(scope.get(), asCode, max);
        } else if (county != null) {
            Map<String, Region> ordered = new LinkedHashMap<>();
            regions.searchWithin(county, asCode, max).forEach(r -> ordered.put(r.code(), r));
            for (Region r : regions.search(asCode, max)) {
                if (ordered.size() >= max) {
                    break;
                }
                ordered.putIfAbsent(r.code(), r);
            }
            found = List.copyOf(ordered.values());
        } else {
            found = regions.search(asCode, max);
        }
        return withPlaceNames(found);
    }

    /** The county a caller is limited to: a BUREAU's county, an OPERATOR's station's county; none for the others. */
    private Optional<String> scopeOf(CurrentUser caller) {
        if (caller.role() == Role.BUREAU) {
            return Optional.of(caller.scopeCode() == null ? "-" : caller.scopeCode());
        }
        if (caller.role() == Role.OPERATOR) {
            return Optional.of(stations.regionCodeOf(caller.scopeCode())
                    .filter(code -> code.length() >= 6).map(code -> code.substring(0, 6)).orElse("-"));
        }
        return Optional.empty();
    }

    private List<RegionMatch> withPlaceNames(List<Region> found) {
        Set<String> places = new HashSet<>();
        for (Region r : found) {
            if (r.code().length() >= 9) {
                places.add(r.code().substring(0, 9));
            }
            if (r.code().length() >= 6) {
                places.add(r.code().substring(0, 6));
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!places.isEmpty()) {
            regions.findByCodeIn(places).forEach(r -> names.put(r.code(), r.name()));
        }
        List<RegionMatch> matches = new ArrayList<>(found.size());
        found.forEach(r -> matches.add(RegionMatch.of(r, names)));
        return matches;
    }

    private static String county(String raw) {
        return RegionCodes.normalize(raw).filter(code -> code.length() == 6).orElseThrow(() ->
                ApiException.badField("county", "'" + raw + "' 不是 6 位区县代码", "'" + raw + "' is not a county code of 6 digits"));
    }
}
