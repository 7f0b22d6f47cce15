package cn.ruralcommerce.stations.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads of sales entries (销售记录查询); all writes go through {@link SaleWriter}. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SaleEntryRepository extends GenericRepository<SaleEntry, Long> {
    Optional<SaleEntry> findById(Long id);

    List<SaleEntry> findByIdempotencyKeyIn(Collection<String> keys);

    Optional<SaleEntry> findByReversesId(Long reversesId);

    @Query("SELECT * FROM sale_entry WHERE station_code = :stationCode AND date_sold BETWEEN :from AND :to ORDER BY id LIMIT :limit")
    List<SaleEntry> findByStation(String stationCode, LocalDate from, LocalDate to, int limit);

    long count();
}
