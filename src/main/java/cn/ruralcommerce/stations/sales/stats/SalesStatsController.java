package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Sales statistics (销售统计): grouped totals, per-village poverty-alleviation sales and the up/down balance. */
@Controller("/api/stats/sales")
@Tag(name = "stats")
@Secured({Role.ADMIN_NAME, Role.PLANNER_NAME, Role.BUREAU_NAME, Role.OPERATOR_NAME})
public class SalesStatsController {
    private final SalesStatsService stats;
    private final PovertyReportService poverty;
    private final Clock clock;
    private final ZoneId zone;

    public SalesStatsController(SalesStatsService stats, PovertyReportService poverty, Clock clock, @Named("bureau") ZoneId zone) {
        this.stats = stats;
        this.poverty = poverty;
        this.clock = clock;
        this.zone = zone;
    }

    @Get
    public StatsView sales(@QueryValue @Nullable String region, @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                           @QueryValue @Nullable String direction, @QueryValue(defaultValue = "false") boolean povertyOnly,
                           @QueryValue(defaultValue = "county") String groupBy, @QueryValue @Nullable String channel,
                           Authentication user) {
        GroupBy group = GroupBy.parse(groupBy);
        return stats.stats(StatsScope.filter(CurrentUser.of(user), region, from, to, direction, povertyOnly, channel, today()), group);
    }

    @Get("/poverty-villages")
    public List<PovertyVillageRow> povertyVillages(@QueryValue @Nullable String region, @QueryValue @Nullable LocalDate from,
                                                   @QueryValue @Nullable LocalDate to, @QueryValue @Nullable String direction,
                                                   Authentication user) {
        return poverty.villages(StatsScope.filter(CurrentUser.of(user), region, from, to, direction, true, today()));
    }

    @Get("/balance")
    public BalanceView balance(@QueryValue @Nullable String region, @QueryValue @Nullable LocalDate from,
                               @QueryValue @Nullable LocalDate to, @QueryValue(defaultValue = "false") boolean povertyOnly,
                               Authentication user) {
        return poverty.balance(StatsScope.filter(CurrentUser.of(user), region, from, to, null, povertyOnly, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
