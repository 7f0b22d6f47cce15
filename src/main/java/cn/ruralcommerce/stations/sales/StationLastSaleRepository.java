package cn.ruralcommerce.stations.sales;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Reads of the stations' last sale dates. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StationLastSaleRepository extends GenericRepository<StationLastSale, String> {
    List<StationLastSale> findByStationCodeIn(Collection<String> stationCodes);

    List<StationLastSale> findAll();
}
