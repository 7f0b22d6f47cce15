package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.DatabaseOutage;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Report jobs (报告任务): long reports computed one at a time on their own thread, with progress 0..1.
 * The registry is in memory and keeps the latest {@value #MAX_JOBS} jobs. One user may have at most
 * {@code app.report-jobs.per-user} jobs waiting or running, so nobody fills the shared queue; beyond that, or when
 * the queue is full, the answer is 429 with Retry-After.
 */
@Singleton
public class ReportJobs {
    static final String DATABASE_DOWN = "数据库暂时不可用，请重新提交报告任务";
    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);
    static final int MAX_JOBS = 100;
    private static final int QUEUE = 8;

    /** A job's state as the API shows it. */
    @Serdeable
    public record JobView(String id, String region, int year, String status, double progress, @Nullable String error,
                          @Nullable Map<String, Object> report) {
    }

    private static final class Job {
        final String id;
        final ReportRequest request;
        final String owner;
        final long created = System.nanoTime();
        volatile String status = "RUNNING";
        volatile double progress;
        volatile String error;
        volatile Map<String, Object> report;

        Job(String id, ReportRequest request, String owner) {
            this.id = id;
            this.request = request;
            this.owner = owner;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "report-jobs");
                t.setDaemon(true);
                return t;
            });
    private final ReportCache cache;
    private final int perUser;
    private final long retryAfterSeconds;

    public ReportJobs(ReportCache cache, @Value("${app.report-jobs.per-user:2}") int perUser,
                      @Value("${app.report-jobs.retry-after:30}") long retryAfterSeconds) {
        this.cache = cache;
        this.perUser = perUser;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Queues a report for the user; 429 when the user already has {@code perUser} jobs waiting or running, or the queue is full. */
    public synchronized String start(ReportRequest request, String owner) {
        long open = jobs.values().stream().filter(j -> j.owner.equals(owner) && "RUNNING".equals(j.status)).count();
        if (open >= perUser) {
            throw ApiException.tooManyRequests("您已有 " + open + " 个报告任务在排队或计算中，请等其完成后再提交", "you have " + open + " report jobs queued or running; wait for them to finish", retryAfterSeconds);
        }
        Job job = new Job(UUID.randomUUID().toString(), request, owner);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw ApiException.tooManyRequests("报告任务队列已满，请稍后再试", "the report queue is full; try again later", retryAfterSeconds);
        }
        if (jobs.size() > MAX_JOBS) {
            jobs.values().stream().filter(j -> !"RUNNING".equals(j.status)).min((a, b) -> Long.compare(a.created, b.created))
                    .ifPresent(j -> jobs.remove(j.id));
        }
        return job.id;
    }

    /** Jobs waiting or running. */
    long running() {
        return jobs.values().stream().filter(j -> "RUNNING".equals(j.status)).count();
    }

    public JobView view(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("report job", id);
        }
        return new JobView(job.id, job.request.region(), job.request.year(), job.status, job.progress, job.error, job.report);
    }

    private void run(Job job) {
        try {
            job.report = cache.get(job.request, p -> job.progress = Math.max(job.progress, Math.min(1.0, p)));
            job.progress = 1.0;
            job.status = "DONE";
        } catch (RuntimeException e) {
            // the page shows this text: Chinese, and no internals (the log has the cause)
            LOG.warn("report job {} failed", job.id, e);
            job.error = DatabaseOutage.isCause(e) ? DATABASE_DOWN : "报告计算出错，请重新提交；如果问题持续，请联系管理员";
            job.status = "FAILED";
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
