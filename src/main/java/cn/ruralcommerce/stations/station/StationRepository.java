package cn.ruralcommerce.stations.station;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Stations by code and region prefix; "active on D" means the latest status change effective on or before
 * D (ties: the later recorded) is ACTIVE, answered in one query with an anti-join.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StationRepository extends CrudRepository<Station, String> {
    String ACTIVE_ON = "EXISTS (SELECT 1 FROM station_status_change c WHERE c.station_code = station_.code"
            + " AND c.effective_on <= :day AND c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM station_status_change l"
            + " WHERE l.station_code = c.station_code AND l.effective_on <= :day"
            + " AND (l.effective_on > c.effective_on OR (l.effective_on = c.effective_on AND l.id > c.id))))";
    String FILTER = "station_.region_code LIKE CONCAT(:prefix, '%') AND (:tier = '' OR station_.tier = :tier)";

    List<Station> findByCodeIn(Collection<String> codes);

    /** Stored codes equal to one of {@code lowerCodes} but for letter case (V001 and v001 are one code). */
    @Query("SELECT code FROM station WHERE LOWER(code) IN (:lowerCodes)")
    List<String> findCodesByLowerCodeIn(Collection<String> lowerCodes);

    @Query(value = "SELECT station_.* FROM station station_ WHERE " + FILTER + " AND (:status = '' OR station_.status = :status)",
            countQuery = "SELECT COUNT(*) FROM station station_ WHERE " + FILTER + " AND (:status = '' OR station_.status = :status)")
    Page<Station> search(String prefix, String tier, String status, Pageable pageable);

    @Query(value = "SELECT station_.* FROM station station_ WHERE " + FILTER + " AND " + ACTIVE_ON,
            countQuery = "SELECT COUNT(*) FROM station station_ WHERE " + FILTER + " AND " + ACTIVE_ON)
    Page<Station> searchActiveOn(String prefix, String tier, LocalDate day, Pageable pageable);

    @Query("SELECT station_.* FROM station station_ WHERE station_.region_code LIKE CONCAT(:prefix, '%') AND station_.tier IN (:tiers) AND "
            + ACTIVE_ON + " ORDER BY station_.code")
    List<Station> findActiveOn(LocalDate day, String prefix, Collection<String> tiers);

    @Query("SELECT station_.* FROM station station_ WHERE station_.region_code LIKE CONCAT(:prefix, '%') ORDER BY station_.code")
    List<Station> findWithin(String prefix);
}
