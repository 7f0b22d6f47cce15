package cn.ruralcommerce.stations.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Counts failed logins per canonical username ({@link Usernames}) and per client address in sliding windows: an
 * account is locked after too many failures (brute force on one account), an address is refused after too many
 * failures across accounts (password spraying). A successful login clears the account's count.
 * <p>
 * The counts live in bounded Caffeine caches whose entries expire a window after their last failure. Names of
 * existing accounts have a cache of their own, sized far above any number of accounts, so a flood of made-up
 * names ({@link #failedUnknown}) fills only the cache of unknown names and never pushes a real account's
 * lock-out out.
 */
@Singleton
public class LoginThrottle {
    static final long MAX_ACCOUNTS = 1_000_000;
    static final long MAX_UNKNOWN_NAMES = 100_000;
    static final long MAX_ADDRESSES = 200_000;

    private final Cache<String, Deque<Long>> byUser;
    private final Cache<String, Deque<Long>> byUnknownName;
    private final Cache<String, Deque<Long>> byAddress;
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final long windowMillis;

    public LoginThrottle(Clock clock,
                         @Value("${app.login.max-failures-per-user:5}") int maxPerUser,
                         @Value("${app.login.max-failures-per-address:30}") int maxPerAddress,
                         @Value("${app.login.window:15m}") Duration window) {
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = window.toMillis();
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.byUser = cache(MAX_ACCOUNTS, window, ticker);
        this.byUnknownName = cache(MAX_UNKNOWN_NAMES, window, ticker);
        this.byAddress = cache(MAX_ADDRESSES, window, ticker);
    }

    private static Cache<String, Deque<Long>> cache(long size, Duration window, Ticker ticker) {
        return Caffeine.newBuilder().maximumSize(size).expireAfterWrite(window).ticker(ticker).build();
    }

    public boolean userLocked(String username) {
        return count(byUser, username) >= maxPerUser || count(byUnknownName, username) >= maxPerUser;
    }

    public boolean addressBlocked(String address) {
        return count(byAddress, address) >= maxPerAddress;
    }

    /** Seconds until the oldest failure of an address leaves the window. */
    public long retryAfterSeconds(String address) {
        Deque<Long> failures = address == null ? null : byAddress.getIfPresent(address);
        Long oldest;
        if (failures == null) {
            oldest = null;
        } else {
            synchronized (failures) {
                oldest = failures.peekFirst();
            }
        }
        return oldest == null ? 1 : Math.max(1, (oldest + windowMillis - clock.millis()) / 1000);
    }

    /** A wrong password for an existing account. */
    public void failed(String username, String address) {
        record(byUser, username);
        record(byAddress, address);
    }

    /** A login with a name no account has: counted apart, so such names cannot crowd out real accounts. */
    public void failedUnknown(String username, String address) {
        record(byUnknownName, username);
        record(byAddress, address);
    }

    public void succeeded(String username) {
        if (username != null) {
            byUser.invalidate(username);
        }
    }

    long trackedAccounts() {
        byUser.cleanUp();
        return byUser.estimatedSize();
    }

    long trackedUnknownNames() {
        byUnknownName.cleanUp();
        return byUnknownName.estimatedSize();
    }

    private int count(Cache<String, Deque<Long>> counts, String key) {
        Deque<Long> failures = key == null ? null : counts.getIfPresent(key);
        if (failures == null) {
            return 0;
        }
        synchronized (failures) {
            long horizon = clock.millis() - windowMillis;
            while (!failures.isEmpty() && failures.peekFirst() < horizon) {
                failures.pollFirst();
            }
            return failures.size();
        }
    }

    private void record(Cache<String, Deque<Long>> counts, String key) {
        if (key == null) {
            return;
        }
        Deque<Long> failures = counts.get(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.millis());
            while (failures.size() > Math.max(maxPerUser, maxPerAddress)) {
                failures.pollFirst();
            }
        }
        // a write restarts the entry's expiry: it lives a window after its latest failure
        counts.put(key, failures);
    }
}
