package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The repository contract on MySQL/MariaDB (TEST_MYSQL_URL, or Testcontainers where Docker runs). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionRepositoryMySqlIT extends RegionRepositoryContract implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        return MySqlTestDatabase.create();
    }
}
