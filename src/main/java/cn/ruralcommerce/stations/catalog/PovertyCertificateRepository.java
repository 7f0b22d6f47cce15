package cn.ruralcommerce.stations.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Poverty-alleviation product certificates by number, county and validity. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PovertyCertificateRepository extends CrudRepository<PovertyCertificate, Long> {
    Optional<PovertyCertificate> findByCertificateNo(String certificateNo);

    List<PovertyCertificate> findByCountyCodeOrderByValidFrom(String countyCode);

    /** Certificates of the counties that overlap [from, to]. */
    @Query("SELECT * FROM poverty_certificate WHERE county_code IN (:counties) AND valid_from <= :to AND valid_to >= :from")
    List<PovertyCertificate> findOverlapping(Collection<String> counties, LocalDate from, LocalDate to);
}
