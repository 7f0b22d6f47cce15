package cn.ruralcommerce.stations.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Flagship designations per county. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FlagshipRepository extends CrudRepository<CountyFlagship, Long> {
    List<CountyFlagship> findByCountyCodeOrderByCategoryCode(String countyCode);

    List<CountyFlagship> findAllOrderByCountyCode();

    void deleteByCountyCode(String countyCode);

    @Query("SELECT COUNT(DISTINCT county_code) FROM county_flagship")
    long countCounties();
}
