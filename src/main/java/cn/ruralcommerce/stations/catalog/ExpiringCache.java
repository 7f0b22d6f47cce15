package cn.ruralcommerce.stations.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A small read-through cache whose entries expire after a fixed time: reference data that sales read on
 * every request and that changes rarely. Local writers clear it at once; other instances' writes show
 * within the time to live.
 */
final class ExpiringCache<K, V> {
    private record Entry<V>(V value, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    ExpiringCache(long ttlNanos, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    /** The live value for the key, or null when absent or expired. */
    V get(K key) {
        Entry<V> entry = entries.get(key);
        return entry == null || nanoTime.getAsLong() - entry.loadedAt() > ttlNanos ? null : entry.value();
    }

    void put(K key, V value) {
        entries.put(key, new Entry<>(value, nanoTime.getAsLong()));
    }

    void clear() {
        entries.clear();
    }
}
