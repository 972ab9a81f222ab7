package com.acme.legacy;

import java.util.ArrayList;
import java.util.List;

public class WebSocketManager {
  private final List<String> sessions = new ArrayList<>();

  public void connect(String session) {
    sessions.add(session);
  }

  public void disconnect(String session) {
    sessions.remove(session);
  }

  public int broadcast(String message) {
    int sent = 0;
    for (String session : sessions) {
      if (!session.isEmpty() && !message.isEmpty()) {
        sent++;
      }
    }
    return sent;
  }
}
