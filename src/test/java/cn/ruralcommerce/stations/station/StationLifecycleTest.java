package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.RowException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StationLifecycleTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static Station station(StationStatus status, LocalDate opened, LocalDate closed) {
        return new Station("S", "s", StationTier.VILLAGE_STATION, "500152113201", "500152", 105.7, 30.0, null, null, null,
                null, null, null, status, opened, closed, false, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void newStationsStartWithTheirHistory() {
        Station suspended = StationLifecycle.withDefaultDates(station(StationStatus.SUSPENDED, LocalDate.of(2024, 1, 1), null), TODAY);
        List<StationStatusChange> history = StationLifecycle.initialHistory(suspended, TODAY, "r", "u", Instant.EPOCH);
        assertEquals(List.of(StationStatus.ACTIVE, StationStatus.SUSPENDED), history.stream().map(StationStatusChange::status).toList());
        assertEquals(List.of(LocalDate.of(2024, 1, 1), TODAY), history.stream().map(StationStatusChange::effectiveOn).toList());
        Station closed = StationLifecycle.withDefaultDates(station(StationStatus.CLOSED, null, null), TODAY);
        assertEquals(TODAY, closed.closedOn());
        assertEquals(TODAY, StationLifecycle.withDefaultDates(station(StationStatus.ACTIVE, null, null), TODAY).openedOn());
    }

    @Test
    void transitionsFollowTheLifecycle() {
        Station planned = station(StationStatus.PLANNED, LocalDate.of(2025, 9, 1), null);
        Station opened = StationLifecycle.transition(planned, StationStatus.ACTIVE, LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), TODAY, Instant.EPOCH);
        assertEquals(LocalDate.of(2025, 5, 2), opened.openedOn());
        Station dropped = StationLifecycle.transition(planned, StationStatus.CLOSED, TODAY, null, TODAY, Instant.EPOCH);
        assertNull(dropped.openedOn());
        assertEquals(TODAY, dropped.closedOn());
        Station closed = station(StationStatus.CLOSED, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertEquals("status", assertThrows(RowException.class, () ->
                StationLifecycle.transition(closed, StationStatus.ACTIVE, TODAY, null, TODAY, Instant.EPOCH)).field());
        Station active = station(StationStatus.ACTIVE, LocalDate.of(2024, 1, 1), null);
        assertEquals("effectiveOn", assertThrows(RowException.class, () ->
                StationLifecycle.transition(active, StationStatus.SUSPENDED, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), TODAY, Instant.EPOCH)).field());
        assertEquals("effectiveOn", assertThrows(RowException.class, () ->
                StationLifecycle.transition(active, StationStatus.SUSPENDED, TODAY.plusDays(1), null, TODAY, Instant.EPOCH)).field());
    }
}
