package com.example.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

public class TagRegistryList {

  private final List<String> tags = new ArrayList<>();
  private final String owner;

  public TagRegistryList(String owner) {
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

  public List<String> matching(Predicate<String> filter) {
    List<String> result = new ArrayList<>();
    for (String tag : tags) {
      if (filter.test(tag)) {
        result.add(tag);
      }
    }
    return result;
  }

  public List<String> all() {
    return Collections.unmodifiableList(tags);
  }

  public String owner() {
    return owner;
  }

  private static String normalize(String tag) {
    return tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
  }
}
