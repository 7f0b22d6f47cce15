package cn.ruralcommerce.stations.migration;

import cn.ruralcommerce.stations.support.MySqlTestDatabase;

import java.util.HashMap;
import java.util.Map;

/** Migrations on fresh MySQL/MariaDB schemas (TEST_MYSQL_URL, or Testcontainers where Docker runs). */
class MigrationMySqlIT extends MigrationContract {
    @Override
    protected Map<String, Object> newDatabase() {
        return new HashMap<>(MySqlTestDatabase.create());
    }
}
