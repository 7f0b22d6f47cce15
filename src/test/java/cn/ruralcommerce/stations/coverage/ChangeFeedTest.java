package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.changelog.ChangeLogEntry;
import cn.ruralcommerce.stations.changelog.ChangeLogRepository;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The change feed keeps polling through a database outage, catches up afterwards, and reloads divisions changed elsewhere. */
class ChangeFeedTest {

    /** A change log in memory that can be made unreachable. */
    private static final class FlakyLog implements ChangeLogRepository {
        final List<ChangeLogEntry> rows = new ArrayList<>();
        boolean down;

        @Override
        public <S extends ChangeLogEntry> List<S> saveAll(Iterable<S> entries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ChangeLogEntry> findByIdGreaterThan(long id) {
            return findByIdGreaterThanOrderById(id);
        }

        @Override
        public List<ChangeLogEntry> findByIdGreaterThanOrderById(long id) {
            if (down) {
                throw new DataAccessException("poll failed", new SQLTransientConnectionException("Connection is not available"));
            }
            return rows.stream().filter(r -> r.id() > id).toList();
        }

        @Override
        public long lastId() {
            return rows.stream().mapToLong(ChangeLogEntry::id).max().orElse(0);
        }

        void add(String station) {
            rows.add(new ChangeLogEntry((long) rows.size() + 1, ChangeRecorder.STATION, station, "500152", Instant.now()));
        }

        void addRegion(String county) {
            rows.add(new ChangeLogEntry((long) rows.size() + 1, ChangeRecorder.REGION, county, county, Instant.now()));
        }
    }

    @Test
    void pollsThroughAnOutageAndCatchesUpWithChangesMadeMeanwhile() {
        FlakyLog log = new FlakyLog();
        List<String> refreshed = new ArrayList<>();
        ActiveStations stations = new ActiveStations(null, null, null, null) {
            @Override
            public synchronized void refresh(Collection<String> codes) {
                refreshed.addAll(codes);
            }
        };
        int[] reloads = {0};
        RuralVillages villages = new RuralVillages(null) {
            @Override
            public void reload() {
                reloads[0]++;
            }
        };
        ChangeRecorder recorder = new ChangeRecorder(null, null, null, null) {
            @Override
            public boolean wroteHere(long id) {
                return log.rows.get((int) id - 1).entityId().startsWith("LOCAL");
            }
        };
        ChangeFeed feed = new ChangeFeed(log, stations, villages, recorder);
        log.add("BEFORE");
        feed.onStartup(null);

        log.down = true;
        feed.poll();
        feed.poll();
        log.add("DURING-1");
        log.add("DURING-2");
        log.down = false;
        feed.poll();
        assertEquals(List.of("DURING-1", "DURING-2"), refreshed, "changes committed by other instances during the outage are picked up");

        log.add("AFTER");
        log.add("LOCAL-1");
        feed.poll();
        assertEquals(List.of("DURING-1", "DURING-2", "AFTER"), refreshed, "a row this instance wrote was applied by its event already");
        assertEquals(0, reloads[0], "station changes leave the divisions alone");

        log.addRegion("500152");
        log.addRegion("500153");
        feed.poll();
        feed.poll();
        assertEquals(1, reloads[0], "divisions imported through another instance reload the villages once");
    }
}
