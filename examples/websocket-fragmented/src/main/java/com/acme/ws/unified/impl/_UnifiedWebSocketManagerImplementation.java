package com.acme.ws.unified.impl;

import com.acme.ws.protocol.UserContext;
import com.acme.ws.core.WebSocketManagerProtocol; // expect: non-canonical-import: import com.acme.ws.protocol.WebSocketManagerProtocol instead
import com.acme.ws.events.AgentEvent;
import com.acme.ws.unified.UnifiedSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A second, independent implementation of the manager, with its own bookkeeping. */
public class _UnifiedWebSocketManagerImplementation implements WebSocketManagerProtocol { // expect: duplicate-type: second definition of WebSocketManager (canonical: com.acme.ws.WebSocketManager
  private final Map<String, List<Consumer<String>>> sinks = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  private int next;

  @Override
  public synchronized String connect(UserContext user, Consumer<String> sink) {
    List<Consumer<String>> list = sinks.computeIfAbsent(user.userId(), u -> new ArrayList<>());
    if (list.size() >= UnifiedSettings.MAX_CONNECTIONS_PER_USER) {
      throw new IllegalStateException("too many connections for " + user.userId());
    }
    list.add(sink);
    String id = "c" + next++;
    owners.put(id, user.userId());
    return id;
  }

  @Override
  public synchronized void disconnect(String connectionId) {
    owners.remove(connectionId);
  }

  @Override
  public synchronized void send(String userId, AgentEvent event) {
    for (Consumer<String> sink : sinks.getOrDefault(userId, List.of())) {
      sink.accept(event.type() + ":" + event.payload());
    }
  }

  @Override
  public synchronized int connectionCount(String userId) {
    return sinks.getOrDefault(userId, List.of()).size();
  }
}
