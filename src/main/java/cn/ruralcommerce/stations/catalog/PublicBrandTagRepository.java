package cn.ruralcommerce.stations.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Tags of regional public brands. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PublicBrandTagRepository extends CrudRepository<PublicBrandTag, Long> {
    List<PublicBrandTag> findByBrandId(Long brandId);

    boolean existsByBrandIdAndKindAndCode(Long brandId, String kind, String code);
}
