package cn.ruralcommerce.stations.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Append-only access to the audit log: insert and read, never update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    <S extends AuditEntry> java.util.List<S> saveAll(Iterable<S> entries);

    Page<AuditEntry> findAll(Pageable pageable);

    Page<AuditEntry> findByEntityTypeAndEntityId(String entityType, String entityId, Pageable pageable);

    @Query(value = "SELECT * FROM audit_log WHERE county_code LIKE CONCAT(:countyCode, '%')",
            countQuery = "SELECT COUNT(*) FROM audit_log WHERE county_code LIKE CONCAT(:countyCode, '%')")
    Page<AuditEntry> findInCounty(String countyCode, Pageable pageable);

    /** Entries filtered by entity type, entity id and county; an empty string means "any". */
    @Query(value = "SELECT * FROM audit_log audit_entry_ WHERE (:entityType = '' OR entity_type = :entityType)"
            + " AND (:entityId = '' OR entity_id = :entityId) AND (:countyCode = '' OR county_code = :countyCode)",
            countQuery = "SELECT COUNT(*) FROM audit_log WHERE (:entityType = '' OR entity_type = :entityType)"
            + " AND (:entityId = '' OR entity_id = :entityId) AND (:countyCode = '' OR county_code = :countyCode)")
    Page<AuditEntry> search(String entityType, String entityId, String countyCode, Pageable pageable);
}
