package com.acme.ws;

import java.util.ArrayList;
import java.util.List;

public class WebSocketManager {
  private final List<String> connections = new ArrayList<>();

  public void connect(String user) {
    connections.add(user);
  }

  public void send(String user, String event) {
    if (connections.contains(user)) {
      System.out.println(user + ": " + event);
    }
  }
}
