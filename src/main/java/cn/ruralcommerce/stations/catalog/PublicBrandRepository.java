package cn.ruralcommerce.stations.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Regional public brands by name. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PublicBrandRepository extends CrudRepository<PublicBrand, Long> {
    Optional<PublicBrand> findByName(String name);

    List<PublicBrand> findAllOrderByName();
}
