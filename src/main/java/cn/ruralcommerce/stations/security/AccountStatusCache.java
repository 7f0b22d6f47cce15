package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether an account is enabled and its scope, cached for two seconds so every request need not
 * read the database; changes made through this instance take effect at once, through others within
 * the cache lifetime. Token checks run on the HTTP event loop, so an expired entry is reloaded in the
 * background while the request goes on with the last known status: a slow or unreachable database
 * never stalls the event loop (only an account's first request waits for its row).
 */
@Singleton
public class AccountStatusCache {
    private static final Logger LOG = LoggerFactory.getLogger(AccountStatusCache.class);
    private static final long TTL_NANOS = 2_000_000_000L;

    /** Enabled flag and scope code of one account. */
    public record Status(boolean enabled, @Nullable String scopeCode) {
    }

    private record Entry(Optional<Status> status, long loadedAt) {
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
        if (System.nanoTime() - entry.loadedAt() > TTL_NANOS && reloading.add(username)) {
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
        return entry.status();
    }

    public void evict(String username) {
        evictions.incrementAndGet();
        entries.remove(username);
    }

    /** Reads the account; a row read before a concurrent eviction is not cached, so a change is never undone. */
    private Optional<Status> load(String username) {
        long generation = evictions.get();
        Optional<Status> status = users.findByUsername(username).map(u -> new Status(u.enabled(), u.scopeCode()));
        if (evictions.get() == generation) {
            entries.put(username, new Entry(status, System.nanoTime()));
        }
        return status;
    }
}
