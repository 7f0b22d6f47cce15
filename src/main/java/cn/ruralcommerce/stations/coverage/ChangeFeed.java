package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.changelog.ChangeLogEntry;
import cn.ruralcommerce.stations.changelog.ChangeLogRepository;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.changelog.NetworkChangedEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the in-memory network current: station and division changes made through this instance arrive as
 * events at once; changes made through other instances are found by polling the shared change_log table every
 * couple of seconds (app.coverage.poll-interval). Recent ids are re-read so a transaction that commits
 * late with a lower id is not missed. A failed poll (the database unreachable) is logged once and the next
 * poll simply tries again, so the feed catches up when the database is back.
 */
@Singleton
public class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int REREAD_WINDOW = 500;
    private static final int REMEMBERED = 20_000;

    private final ChangeLogRepository log;
    private final ActiveStations stations;
    private final RuralVillages villages;
    private final ChangeRecorder recorder;
    private final Set<Long> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });
    private long highest = -1;
    private boolean failing;

    public ChangeFeed(ChangeLogRepository log, ActiveStations stations, RuralVillages villages, ChangeRecorder recorder) {
        this.log = log;
        this.recorder = recorder;
        this.stations = stations;
        this.villages = villages;
    }

    @EventListener
    void onLocalChange(NetworkChangedEvent event) {
        if (ChangeRecorder.STATION.equals(event.entityType())) {
            stations.refresh(event.entityIds());
        }
    }

    /** The baseline: everything logged before start is already in the snapshot, which loads later and lazily. */
    @EventListener
    synchronized void onStartup(StartupEvent event) {
        long last = log.lastId();
        log.findByIdGreaterThanOrderById(Math.max(0, last - REREAD_WINDOW)).forEach(e -> seen.add(e.id()));
        highest = last;
    }

    @Scheduled(fixedDelay = "${app.coverage.poll-interval:2s}", initialDelay = "1s")
    synchronized void poll() {
        try {
            if (highest < 0) {
                return;
            }
            List<ChangeLogEntry> entries = log.findByIdGreaterThanOrderById(Math.max(0, highest - REREAD_WINDOW));
            Set<String> codes = new LinkedHashSet<>();
            boolean regions = false;
            for (ChangeLogEntry entry : entries) {
                if (!seen.add(entry.id())) {
                    continue;
                }
                highest = Math.max(highest, entry.id());
                if (recorder.wroteHere(entry.id())) {
                    continue; // written through this instance: its event has applied it already
                }
                if (ChangeRecorder.STATION.equals(entry.entityType())) {
                    codes.add(entry.entityId());
                }
                regions |= ChangeRecorder.REGION.equals(entry.entityType());
            }
            if (regions) {
                villages.reload();
            }
            if (!codes.isEmpty()) {
                stations.refresh(codes);
            }
            if (failing) {
                LOG.info("change-log poll works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("change-log poll failed, retrying every poll interval: {}", e.getMessage());
            }
            failing = true;
        }
    }
}
