package com.example.tags;

import java.util.LinkedHashSet;
import java.util.Collections;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;

public class TagRegistrySet {

  private final Set<String> tags = new LinkedHashSet<>();
  private final String owner;

  public TagRegistrySet(String owner) {
    this.owner = owner;
  }

  public boolean register(String tag) {
    String normalized = normalize(tag);
    if (normalized.isEmpty() || tags.contains(normalized)) {
      return false;
    }
    return tags.add(normalized);
  }

  public boolean unregister(String tag) {
    return tags.remove(normalize(tag));
  }

  public Set<String> matching(Predicate<String> filter) {
    Set<String> result = new LinkedHashSet<>();
    for (String tag : tags) {
      if (filter.test(tag)) {
        result.add(tag);
      }
    }
    return result;
  }

  public Set<String> all() {
    return Collections.unmodifiableSet(tags);
  }

  public String owner() {
    return owner;
  }

  private static String normalize(String tag) {
    return tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
  }
}
