package cn.ruralcommerce.stations.tx;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again after a write conflict (写冲突重试): Galera rolls a transaction back at
 * commit when another node wrote the same row first (error 1213), where a single server would have made it
 * wait. Bounded attempts; between them a random pause up to an exponentially growing cap ("full jitter"),
 * so transactions that collided do not collide again in step. The last conflict propagates (the web layer
 * answers it with 503 and Retry-After, never 500). The work must be a complete transaction: run inside
 * another one, a rolled-back part cannot be repeated alone ({@link RetryWriteConflicts} passes through there).
 */
@Singleton
public class ConflictRetry {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    /** Waits between attempts; replaced in tests. */
    @FunctionalInterface
    public interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final int attempts;
    private final long baseMillis;
    private final long capMillis;
    private final Pause pause;
    private final LongAdder retried = new LongAdder();
    private final LongAdder exhausted = new LongAdder();

    @Inject
    public ConflictRetry(@Value("${app.write-conflict.attempts:8}") int attempts,
                         @Value("${app.write-conflict.base-delay:5ms}") Duration baseDelay,
                         @Value("${app.write-conflict.max-delay:400ms}") Duration maxDelay) {
        this(attempts, baseDelay, maxDelay, Thread::sleep);
    }

    public ConflictRetry(int attempts, Duration baseDelay, Duration maxDelay, Pause pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.baseMillis = Math.max(1, baseDelay.toMillis());
        this.capMillis = Math.max(baseMillis, maxDelay.toMillis());
        this.pause = pause;
    }

    /** Runs {@code transaction}, again after a write conflict, at most {@code attempts} times in all. */
    public <T> T run(Supplier<T> transaction) {
        return run(transaction, e -> false);
    }

    /** As {@link #run(Supplier)}, also running again after a failure {@code alsoRetry} accepts (e.g. a duplicate key). */
    public <T> T run(Supplier<T> transaction, Predicate<Throwable> alsoRetry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                boolean conflict = WriteConflicts.isConflict(e);
                if (!conflict && !alsoRetry.test(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    exhausted.increment();
                    LOG.warn("gave up after {} attempts: {}", attempt, e.getMessage());
                    throw e;
                }
                retried.increment();
                if (conflict) {
                    pauseBefore(attempt + 1, e);
                }
            }
        }
    }

    /** Full jitter: uniform in [0, min(cap, base * 2^(attempt-2))]. */
    long delayCap(int nextAttempt) {
        int shift = Math.min(20, Math.max(0, nextAttempt - 2));
        return Math.min(capMillis, baseMillis << shift);
    }

    private void pauseBefore(int nextAttempt, RuntimeException cause) {
        long millis = ThreadLocalRandom.current().nextLong(delayCap(nextAttempt) + 1);
        try {
            pause.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Transactions run again so far, and those that still conflicted at the last attempt. */
    public long retried() {
        return retried.sum();
    }

    public long exhausted() {
        return exhausted.sum();
    }
}
