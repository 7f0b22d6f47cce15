package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account is enabled and its scope, cached for two seconds so every request need not
 * read the database; changes made through this instance take effect at once, through others within
 * the cache lifetime.
 */
@Singleton
public class AccountStatusCache {
    private static final long TTL_NANOS = 2_000_000_000L;

    /** Enabled flag and scope code of one account. */
    public record Status(boolean enabled, @Nullable String scopeCode) {
    }

    private record Entry(Optional<Status> status, long loadedAt) {
    }

    private final AppUserRepository users;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public AccountStatusCache(AppUserRepository users) {
        this.users = users;
    }

    public Optional<Status> status(String username) {
        long now = System.nanoTime();
        Entry entry = entries.get(username);
        if (entry == null || now - entry.loadedAt() > TTL_NANOS) {
            Optional<Status> status = users.findByUsername(username).map(u -> new Status(u.enabled(), u.scopeCode()));
            entry = new Entry(status, now);
            entries.put(username, entry);
        }
        return entry.status();
    }

    public void evict(String username) {
        entries.remove(username);
    }
}
