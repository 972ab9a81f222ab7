package com.acme.ws.legacy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The same manager, grown separately: connections became a set. */
public class UnifiedWebSocketManager {
  private final Map<String, Set<String>> byUser = new HashMap<>();

  public void connect(String user, String connection) {
    byUser.computeIfAbsent(user, k -> new HashSet<>()).add(connection);
  }

  public Set<String> connections(String user) {
    return byUser.getOrDefault(user, Set.of());
  }

  public boolean disconnect(String user) {
    return byUser.remove(user) != null;
  }
}
