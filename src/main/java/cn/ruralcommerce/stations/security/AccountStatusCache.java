package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Role, scope, enabled flag and token version of the accounts that present tokens, cached so every request
 * need not read the database. Changes made through this instance take effect at once (eviction); every second
 * the entries older than two seconds are re-read in one query, so changes made through another instance take
 * effect within about three seconds. Token checks run on the HTTP event loop and never wait for the database
 * except for an account's first request: while the database cannot be read the last known status is kept.
 */
@Singleton
public class AccountStatusCache {
    private static final Logger LOG = LoggerFactory.getLogger(AccountStatusCache.class);
    private static final long TTL_NANOS = 2_000_000_000L;
    /** Entries not asked for in this long are dropped (the next request of the account reads its row again). */
    private static final long IDLE_NANOS = 600_000_000_000L;
    private static final int BATCH = 500;

    /** What a token is checked against. */
    public record Status(boolean enabled, @Nullable String scopeCode, Role role, int tokenVersion) {
        static Status of(AppUser user) {
            return new Status(user.enabled(), user.scopeCode(), user.role(), user.tokenVersion());
        }
    }

    private static final class Entry {
        final Optional<Status> status;
        final long loadedAt;
        volatile long usedAt;

        Entry(Optional<Status> status, long loadedAt) {
            this.status = status;
            this.loadedAt = loadedAt;
            this.usedAt = loadedAt;
        }
    }

    private final AppUserRepository users;
    private final ExecutorService reloader;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> reloading = ConcurrentHashMap.newKeySet();
    private final AtomicLong evictions = new AtomicLong();

    public AccountStatusCache(AppUserRepository users, @Named(TaskExecutors.IO) ExecutorService reloader) {
        this.users = users;
        this.reloader = reloader;
    }

    public Optional<Status> status(String username) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return load(username);
        }
        long now = System.nanoTime();
        entry.usedAt = now;
        if (now - entry.loadedAt > TTL_NANOS && reloading.add(username)) {
            reloader.execute(() -> {
                try {
                    load(username);
                } catch (RuntimeException e) {
                    LOG.debug("account status of {} not reloaded, keeping the last one: {}", username, e.getMessage());
                } finally {
                    reloading.remove(username);
                }
            });
        }
        return entry.status;
    }

    public void evict(String username) {
        evictions.incrementAndGet();
        entries.remove(username);
    }

    /** Re-reads every entry older than the lifetime in batches, so a change made elsewhere is seen without a request. */
    @Scheduled(fixedDelay = "${app.account-status-refresh:1s}", initialDelay = "1s")
    void refreshStale() {
        long now = System.nanoTime();
        entries.entrySet().removeIf(e -> now - e.getValue().usedAt > IDLE_NANOS);
        List<String> stale = entries.entrySet().stream()
                .filter(e -> now - e.getValue().loadedAt > TTL_NANOS)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayList::new));
        try {
            for (int from = 0; from < stale.size(); from += BATCH) {
                List<String> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
                long generation = evictions.get();
                long loadedAt = System.nanoTime();
                Map<String, AppUser> found = users.findByUsernameIn(batch).stream()
                        .collect(Collectors.toMap(AppUser::username, Function.identity(), (a, b) -> a));
                if (evictions.get() != generation) {
                    continue;
                }
                for (String username : batch) {
                    Entry previous = entries.get(username);
                    Entry next = new Entry(Optional.ofNullable(found.get(username)).map(Status::of), loadedAt);
                    if (previous != null) {
                        next.usedAt = previous.usedAt;
                        entries.replace(username, previous, next);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("account statuses not refreshed, keeping the last ones: {}", e.getMessage());
        }
    }

    /** Reads the account; a row read before a concurrent eviction is not cached, so a change is never undone. */
    private Optional<Status> load(String username) {
        long generation = evictions.get();
        long loadedAt = System.nanoTime();
        Optional<Status> status = users.findByUsername(username).map(Status::of);
        if (evictions.get() == generation) {
            entries.put(username, new Entry(status, loadedAt));
        }
        return status;
    }
}
