package cn.ruralcommerce.stations.changelog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Append-only change log. Pollers keep the last id they saw and ask for newer rows; ids are assigned at
 * insert, so a row of a transaction that commits late can appear below an id already seen — pollers that
 * must not miss it re-read a short window (e.g. the last few seconds by changedAt) as well.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ChangeLogRepository extends GenericRepository<ChangeLogEntry, Long> {
    <S extends ChangeLogEntry> List<S> saveAll(Iterable<S> entries);

    List<ChangeLogEntry> findByIdGreaterThan(long id);

    List<ChangeLogEntry> findByIdGreaterThanOrderById(long id);

    /** The highest id so far (0 when empty): where a new poller starts. */
    @Query("SELECT COALESCE(MAX(id), 0) FROM change_log")
    long lastId();
}
