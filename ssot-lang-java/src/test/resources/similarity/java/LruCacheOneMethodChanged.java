package com.example.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A least-recently-used cache with a fixed capacity. */
public final class RecentCache<K, V> {

  private final int capacity;
  private final LinkedHashMap<K, V> entries;
  private long hits;
  private long misses;

  public RecentCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > RecentCache.this.capacity;
          }
        };
  }

  public RecentCache() {
    this(128);
  }

  /** Returns the cached value or null. */
  public synchronized V get(K key) {
    Objects.requireNonNull(key, "key");
    V value = entries.get(key);
    if (value == null) {
      misses++;
    } else {
      hits++;
    }
    return value;
  }

  public synchronized void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    entries.put(key, value);
  }

  public synchronized V remove(K key) {
    return entries.remove(key);
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized double hitRate() {
    if (hits + misses == 0) {
      return Double.NaN;
    }
    return hits * 100.0 / (hits + misses);
  }

  public synchronized void clear() {
    entries.clear();
    hits = 0;
    misses = 0;
  }

  @Override
  public String toString() {
    return "RecentCache[capacity=" + capacity + ", size=" + size() + "]";
  }
}
