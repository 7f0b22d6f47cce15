package cn.ruralcommerce.stations.catalog;

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
}
