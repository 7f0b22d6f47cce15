package cn.ruralcommerce.stations.sales;

import io.micronaut.data.annotation.Query;
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

    /** Stations whose sales, net of reversals, were positive on some day of the period. */
    @Query("SELECT DISTINCT station_code FROM sales_daily_summary WHERE day >= :from AND day <= :to"
            + " GROUP BY station_code, day HAVING SUM(amount_fen) > 0")
    List<String> findStationsSellingBetween(java.time.LocalDate from, java.time.LocalDate to);
}
