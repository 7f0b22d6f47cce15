package cn.ruralcommerce.stations.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login throttle keeps a lock-out however many other names fail meanwhile. */
class LoginThrottleTest {

    @Test
    void aLockOutSurvivesAFloodOfOtherNames() {
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, 1_000_000, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim", "10.0.0.1");
        }
        assertTrue(throttle.userLocked("victim"));
        for (int i = 0; i < 150_000; i++) {
            throttle.failed("name" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertTrue(throttle.userLocked("victim"), "the lock-out is kept after 150,000 other names failed");
        assertFalse(throttle.userLocked("name1"), "one failure does not lock");
    }

    @Test
    void namesNoAccountHasAreCountedApartInABoundedCache() {
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, 1_000_000, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim", "10.0.0.1");
            throttle.failedUnknown("ghost", "10.0.0.2");
        }
        assertTrue(throttle.userLocked("ghost"), "a made-up name locks like a real one: a lock-out tells nothing");
        for (int i = 0; i < 300_000; i++) {
            throttle.failedUnknown("ghost" + i, "10.2." + (i / 250 % 250) + "." + (i % 250));
        }
        assertTrue(throttle.userLocked("victim"), "made-up names never push a real account's lock-out out");
        assertEquals(1, throttle.trackedAccounts());
        assertTrue(throttle.trackedUnknownNames() <= LoginThrottle.MAX_UNKNOWN_NAMES, "bounded: " + throttle.trackedUnknownNames());
    }
}
