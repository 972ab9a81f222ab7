package com.acme.base;

public interface Store {
  Object get(String key);
}
