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

    Page<AuditEntry> findAll(Pageable pageable);

    Page<AuditEntry> findByEntityTypeAndEntityId(String entityType, String entityId, Pageable pageable);

    @Query(value = "SELECT * FROM audit_log WHERE county_code LIKE CONCAT(:countyCode, '%')",
            countQuery = "SELECT COUNT(*) FROM audit_log WHERE county_code LIKE CONCAT(:countyCode, '%')")
    Page<AuditEntry> findInCounty(String countyCode, Pageable pageable);
}
