package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.support.MySqlTestDatabase;

import java.util.HashMap;
import java.util.Map;

/** The county archive round trip between two fresh MySQL/MariaDB schemas (TEST_MYSQL_URL, or Testcontainers). */
class CountyArchiveMySqlIT extends CountyArchiveContract {
    @Override
    protected Map<String, Object> newDatabase() {
        return new HashMap<>(MySqlTestDatabase.create());
    }
}
