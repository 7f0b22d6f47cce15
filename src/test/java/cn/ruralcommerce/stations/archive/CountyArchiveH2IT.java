package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.support.RunningService;

import java.util.Map;

/** The county archive round trip between two in-memory H2 databases (MODE=MySQL). */
class CountyArchiveH2IT extends CountyArchiveContract {
    @Override
    protected Map<String, Object> newDatabase() {
        return RunningService.newH2();
    }
}
