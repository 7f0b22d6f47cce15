package cn.ruralcommerce.stations.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Records writes in the audit log inside the caller's transaction, so the record and the change land together. */
@Singleton
public class Auditor {
    private final AuditRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    public Auditor(AuditRepository repository, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public void record(String username, String action, String entityType, String entityId,
                       @Nullable String countyCode, @Nullable Object before, @Nullable Object after) {
        repository.save(new AuditEntry(null, clock.instant(), username, action, entityType, entityId,
                countyCode, toJson(before), toJson(after)));
    }

    /** An entry to pass to {@link #recordAll}, for writes of many entities in one transaction. */
    public AuditEntry entry(String username, String action, String entityType, String entityId,
                            @Nullable String countyCode, @Nullable Object before, @Nullable Object after) {
        return new AuditEntry(null, clock.instant(), username, action, entityType, entityId,
                countyCode, toJson(before), toJson(after));
    }

    /** Records many entries in one batch, inside the caller's transaction. */
    public void recordAll(java.util.List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            repository.saveAll(entries);
        }
    }

    private String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
