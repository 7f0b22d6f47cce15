package cn.ruralcommerce.stations.changelog;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes change-log rows in the caller's transaction and publishes a {@link NetworkChangedEvent} once that
 * transaction has committed (at once when there is none).
 */
@Singleton
public class ChangeRecorder {
    public static final String STATION = "STATION";
    public static final String LOGISTICS_NODE = "LOGISTICS_NODE";
    /** Divisions created, renamed, moved or retired; the entity id is the county code (or the shorter code above it). */
    public static final String REGION = "REGION";
    private static final int REMEMBERED = 20_000;

    private final ChangeLogRepository log;
    private final ApplicationEventPublisher<NetworkChangedEvent> events;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    /** Ids of rows this instance committed lately: the change feed need not apply them a second time. */
    private final Set<Long> written = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public ChangeRecorder(ChangeLogRepository log, ApplicationEventPublisher<NetworkChangedEvent> events,
                          TransactionOperations<Connection> transactions, Clock clock) {
        this.log = log;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records writes to entities given as code → county code. */
    public void record(String entityType, Map<String, String> countyByCode) {
        if (countyByCode.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<ChangeLogEntry> entries = new ArrayList<>(countyByCode.size());
        countyByCode.forEach((code, county) -> entries.add(new ChangeLogEntry(null, entityType, code, county, now)));
        List<ChangeLogEntry> saved = log.saveAll(entries);
        Set<String> counties = new LinkedHashSet<>();
        countyByCode.values().forEach(c -> {
            if (c != null) {
                counties.add(c);
            }
        });
        NetworkChangedEvent event = new NetworkChangedEvent(entityType, Set.copyOf(countyByCode.keySet()), Set.copyOf(counties));
        var status = transactions.findTransactionStatus();
        if (status.isPresent() && !status.get().isCompleted()) {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(saved);
                    events.publishEvent(event);
                }
            });
        } else {
            remember(saved);
            events.publishEvent(event);
        }
    }

    /** Whether this instance wrote the change-log row and has applied it already (its event was published). */
    public boolean wroteHere(long id) {
        synchronized (written) {
            return written.contains(id);
        }
    }

    private void remember(List<ChangeLogEntry> saved) {
        synchronized (written) {
            saved.stream().map(ChangeLogEntry::id).filter(Objects::nonNull).forEach(written::add);
        }
    }

    /** Records writes known by county only (divisions): one row per county, the county code as entity id. */
    public void recordCounties(String entityType, Collection<String> countyCodes) {
        Map<String, String> byCounty = new HashMap<>();
        countyCodes.forEach(c -> byCounty.put(c, c));
        record(entityType, byCounty);
    }

    public void record(String entityType, String code, String countyCode) {
        Map<String, String> one = new HashMap<>();
        one.put(code, countyCode);
        record(entityType, one);
    }
}
