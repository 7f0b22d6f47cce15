package cn.ruralcommerce.stations.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small read-through cache whose entries expire after a fixed time: reference data read on every sale
 * that changes rarely. Local writers clear or remove entries at once; other instances' writes show within
 * the time to live.
 */
public final class ExpiringCache<K, V> {
    private record Entry<V>(V value, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public ExpiringCache(long ttlNanos, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    public ExpiringCache(long ttlNanos) {
        this(ttlNanos, System::nanoTime);
    }

    /** The live value for the key, or null when absent or expired. */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        return entry == null || nanoTime.getAsLong() - entry.loadedAt() > ttlNanos ? null : entry.value();
    }

    /** The live value, or the loader's value for the key, cached from now on. */
    public V get(K key, Function<K, V> loader) {
        V value = get(key);
        if (value == null) {
            value = loader.apply(key);
            put(key, value);
        }
        return value;
    }

    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, nanoTime.getAsLong()));
    }

    public void remove(K key) {
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }
}
