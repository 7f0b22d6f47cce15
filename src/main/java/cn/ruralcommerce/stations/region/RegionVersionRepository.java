package cn.ruralcommerce.stations.region;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Superseded versions of division codes. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegionVersionRepository extends CrudRepository<RegionVersion, Long> {
    List<RegionVersion> findByCodeOrderByValidFrom(String code);
}
