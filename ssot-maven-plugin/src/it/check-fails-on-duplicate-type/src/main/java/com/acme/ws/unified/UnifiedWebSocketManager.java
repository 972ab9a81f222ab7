package com.acme.ws.unified;

import java.util.HashMap;
import java.util.Map;

/** A second, independent implementation that grew beside the first. */
public class UnifiedWebSocketManager {
  private final Map<String, Integer> connections = new HashMap<>();

  public void connect(String user) {
    connections.merge(user, 1, Integer::sum);
  }

  public void send(String user, String event) {
    if (connections.containsKey(user)) {
      System.out.println("[unified] " + user + ": " + event);
    }
  }

  public void broadcast(String event) {
    connections.keySet().forEach(user -> send(user, event));
  }
}
