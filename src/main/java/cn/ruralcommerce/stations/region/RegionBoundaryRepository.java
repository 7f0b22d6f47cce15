package cn.ruralcommerce.stations.region;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Boundary polygons by division code. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegionBoundaryRepository extends CrudRepository<RegionBoundary, String> {
    List<RegionBoundary> findByCodeIn(Collection<String> codes);
}
