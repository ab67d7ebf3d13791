package org.tandem.terms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of per-word analysis. Word frequencies are Zipfian, so most lookups hit;
 * when the map grows past its limit it is simply cleared, which bounds memory on huge inputs.
 */
final class BoundedCache<K, V> {
  private final Map<K, V> map = new ConcurrentHashMap<>();
  private final int limit;

  BoundedCache(int limit) {
    this.limit = limit;
  }

  /** The cached value for the key, computing it on a miss. */
  V get(K key, Function<K, V> compute) {
    V value = map.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (map.size() >= limit) {
        map.clear();
      }
      map.put(key, value);
    }
    return value;
  }
}
