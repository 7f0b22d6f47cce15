package cn.ruralcommerce.stations.sales;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Reads of the households linked to sales entries. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SaleHouseholdRepository extends GenericRepository<SaleHousehold, Long> {
    List<SaleHousehold> findBySaleIdOrderById(long saleId);
}
