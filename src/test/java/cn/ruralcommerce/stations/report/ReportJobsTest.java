package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        ReportJobs jobs = new ReportJobs(cache, 2, 30);
        try {
            ReportJobs.JobView failed = finished(jobs, jobs.start(REQUEST, "planner"));
            assertEquals("FAILED", failed.status());
            assertEquals(ReportJobs.DATABASE_DOWN, failed.error(), "no pool or driver internals");

            databaseDown.set(false);
            ReportJobs.JobView done = finished(jobs, jobs.start(REQUEST, "planner"));
            assertEquals("DONE", done.status(), "the job thread survived the failure");
            assertEquals(Map.of("title", "2024"), done.report());
        } finally {
            jobs.stop();
        }
    }

    @Test
    void oneUserCannotFillTheSharedQueue() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        ReportCache cache = new ReportCache(null, null, null, java.time.Duration.ofMinutes(5)) {
            @Override
            public Map<String, Object> get(ReportRequest r, DoubleConsumer progress) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Map.of("title", "2024");
            }
        };
        ReportJobs jobs = new ReportJobs(cache, 2, 30);
        try {
            String first = jobs.start(REQUEST, "planner");
            jobs.start(REQUEST, "planner");
            ApiException third = assertThrows(ApiException.class, () -> jobs.start(REQUEST, "planner"));
            assertEquals(HttpStatus.TOO_MANY_REQUESTS, third.status());
            assertEquals(30L, third.retryAfterSeconds());
            assertTrue(third.getMessage().contains("报告任务"), third.getMessage());

            for (int user = 0; user < 3; user++) {
                jobs.start(REQUEST, "bureau" + user);
                jobs.start(REQUEST, "bureau" + user);
            }
            jobs.start(REQUEST, "bureau3");
            ApiException full = assertThrows(ApiException.class, () -> jobs.start(REQUEST, "admin"), "1 running + 8 waiting");
            assertEquals(HttpStatus.TOO_MANY_REQUESTS, full.status());
            assertEquals(30L, full.retryAfterSeconds());

            release.countDown();
            assertEquals("DONE", finished(jobs, first).status());
            awaitAllDone(jobs);
            assertEquals("DONE", finished(jobs, jobs.start(REQUEST, "planner")).status(), "finished jobs no longer count");
        } finally {
            release.countDown();
            jobs.stop();
        }
    }

    private static void awaitAllDone(ReportJobs jobs) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jobs.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
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
