package com.acme.ws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connections per user. */
public class WebSocketManager {
  private final Map<String, List<String>> byUser = new HashMap<>();

  public void connect(String user, String connection) {
    byUser.computeIfAbsent(user, k -> new ArrayList<>()).add(connection);
  }

  public List<String> connections(String user) {
    return byUser.getOrDefault(user, List.of());
  }

  public void disconnect(String user) {
    byUser.remove(user);
  }
}
