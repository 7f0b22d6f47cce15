package cn.ruralcommerce.stations.cache;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExpiringCacheTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(5_000, now::get);

    @Test
    void anEntryLivesForItsTimeToLiveAndNoLonger() {
        cache.put("C0101", "柑橘");
        now.addAndGet(5_000);
        assertEquals("柑橘", cache.get("C0101"));
        now.addAndGet(1);
        assertNull(cache.get("C0101"), "expired one nanosecond after its time to live");
    }

    @Test
    void clearForgetsEverythingAtOnce() {
        cache.put("500152", "certificates");
        cache.put("500153", "certificates");
        cache.clear();
        assertNull(cache.get("500152"));
        assertNull(cache.get("500153"));
        assertNull(cache.get("500154"), "never cached");
    }

    @Test
    void theLoaderRunsOnlyForAMissingOrExpiredEntryAndRemoveForgetsOneKey() {
        int[] loads = {0};
        java.util.function.Function<String, String> loader = k -> k + "#" + ++loads[0];
        assertEquals("S1#1", cache.get("S1", loader));
        assertEquals("S1#1", cache.get("S1", loader), "live: not loaded again");
        now.addAndGet(5_001);
        assertEquals("S1#2", cache.get("S1", loader), "expired: loaded again");
        cache.put("S2", "x");
        cache.remove("S1");
        assertNull(cache.get("S1"));
        assertEquals("x", cache.get("S2"));
    }
}
