package cn.ruralcommerce.stations.station;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** The lifecycle history of stations. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StationStatusChangeRepository extends CrudRepository<StationStatusChange, Long> {
    /** A station's history in the order it took effect (same day: the order recorded). */
    @Query("SELECT * FROM station_status_change WHERE station_code = :stationCode ORDER BY effective_on, id")
    List<StationStatusChange> findHistory(String stationCode);

    List<StationStatusChange> findByStationCodeIn(Collection<String> stationCodes);
}
