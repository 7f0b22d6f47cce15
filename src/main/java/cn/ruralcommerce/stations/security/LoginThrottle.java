package cn.ruralcommerce.stations.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address in sliding windows: an account is locked
 * after too many failures (brute force on one account), an address is refused after too many failures
 * across accounts (password spraying). A successful login clears the account's count.
 */
@Singleton
public class LoginThrottle {
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Long>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> byAddress = new ConcurrentHashMap<>();
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
    }

    public boolean userLocked(String username) {
        return count(byUser, username) >= maxPerUser;
    }

    public boolean addressBlocked(String address) {
        return count(byAddress, address) >= maxPerAddress;
    }

    /** Seconds until the oldest failure of an address leaves the window. */
    public long retryAfterSeconds(String address) {
        Deque<Long> failures = byAddress.get(address);
        Long oldest = failures == null ? null : failures.peekFirst();
        return oldest == null ? 1 : Math.max(1, (oldest + windowMillis - clock.millis()) / 1000);
    }

    public void failed(String username, String address) {
        record(byUser, username);
        record(byAddress, address);
    }

    public void succeeded(String username) {
        byUser.remove(username);
    }

    private int count(Map<String, Deque<Long>> counts, String key) {
        Deque<Long> failures = key == null ? null : counts.get(key);
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

    private void record(Map<String, Deque<Long>> counts, String key) {
        if (key == null) {
            return;
        }
        if (counts.size() > MAX_KEYS) {
            counts.clear();
        }
        Deque<Long> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.millis());
        }
    }
}
