package cn.ruralcommerce.stations.archive;

import java.util.Map;
import java.util.UUID;

/** The county archive round trip between two in-memory H2 databases (MODE=MySQL). */
class CountyArchiveH2IT extends CountyArchiveContract {
    @Override
    protected Map<String, Object> newDatabase() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:archive-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1");
    }
}
