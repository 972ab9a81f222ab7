package com.acme.a;

import com.acme.base.Store;

public class Cache implements Store {
  public Cache() {}

  @Override
  public Object get(String key) {
    return null;
  }

  public void put(String key, Object value) {}

  public void clear() {}

  private void evict() {}

  @Override
  public String toString() {
    return "a";
  }
}
