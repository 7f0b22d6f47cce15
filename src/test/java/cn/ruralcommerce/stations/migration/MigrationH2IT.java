package cn.ruralcommerce.stations.migration;

import cn.ruralcommerce.stations.support.RunningService;

import java.util.Map;

/** Migrations on fresh in-memory H2 databases (MODE=MySQL). */
class MigrationH2IT extends MigrationContract {
    @Override
    protected Map<String, Object> newDatabase() {
        return RunningService.newH2();
    }
}
