package cn.ruralcommerce.stations.household;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Linked households by reference number, station and county. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface HouseholdRepository extends CrudRepository<Household, Long> {
    /** Reference numbers are unique within a county (V7), so a county only ever learns of its own households. */
    Optional<Household> findByCountyCodeAndReferenceNo(String countyCode, String referenceNo);

    List<Household> findByStationCodeOrderByReferenceNo(String stationCode);

    List<Household> findByCountyCodeOrderByReferenceNo(String countyCode);

    List<Household> findByIdIn(Collection<Long> ids);

    @Query("SELECT COUNT(*) FROM sale_household WHERE household_id = :id")
    long countSales(Long id);
}
