package cn.ruralcommerce.stations.report;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Report jobs survive a database outage: the job fails with a plain message, the next one runs. */
class ReportJobsTest {
    private static final ReportRequest REQUEST = new ReportRequest("500152", 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    @Test
    void aJobThatMeetsADatabaseOutageFailsWithAPlainMessageAndTheNextOneRuns() throws InterruptedException {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        ReportCache cache = new ReportCache(null, null, null, java.time.Duration.ofMinutes(5)) {
            @Override
            public Map<String, Object> get(ReportRequest r, DoubleConsumer progress) {
                if (databaseDown.get()) {
                    throw new DataAccessException("report query failed", new SQLTransientConnectionException(
                            "HikariPool-1 - Connection is not available, request timed out after 3000ms"));
                }
                return Map.of("title", "2024");
            }
        };
        ReportJobs jobs = new ReportJobs(cache);
        try {
            ReportJobs.JobView failed = finished(jobs, jobs.start(REQUEST));
            assertEquals("FAILED", failed.status());
            assertEquals("the database was unavailable; start the job again", failed.error(), "no pool or driver internals");

            databaseDown.set(false);
            ReportJobs.JobView done = finished(jobs, jobs.start(REQUEST));
            assertEquals("DONE", done.status(), "the job thread survived the failure");
            assertEquals(Map.of("title", "2024"), done.report());
        } finally {
            jobs.stop();
        }
    }

    private static ReportJobs.JobView finished(ReportJobs jobs, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        ReportJobs.JobView view = jobs.view(id);
        while ("RUNNING".equals(view.status()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            view = jobs.view(id);
        }
        return view;
    }
}
