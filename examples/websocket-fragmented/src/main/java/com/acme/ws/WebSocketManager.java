package com.acme.ws;

import com.acme.ws.events.AgentEvent;
import com.acme.ws.protocol.UserContext;
import com.acme.ws.protocol.WebSocketManagerProtocol;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The canonical WebSocket manager: one per process, connections isolated per user. */
public class WebSocketManager implements WebSocketManagerProtocol {
  private final Map<String, Map<String, Consumer<String>>> byUser = new ConcurrentHashMap<>();
  private final Map<String, String> owners = new ConcurrentHashMap<>();

  public WebSocketManager() {}

  @Override
  public String connect(UserContext user, Consumer<String> sink) {
    String id = UUID.randomUUID().toString();
    byUser.computeIfAbsent(user.userId(), u -> new ConcurrentHashMap<>()).put(id, sink);
    owners.put(id, user.userId());
    return id;
  }

  @Override
  public void disconnect(String connectionId) {
    String user = owners.remove(connectionId);
    if (user != null) {
      byUser.getOrDefault(user, Map.of()).remove(connectionId);
    }
  }

  @Override
  public void send(String userId, AgentEvent event) {
    String json = "{\"type\":\"" + event.type() + "\",\"payload\":\"" + event.payload() + "\"}";
    byUser.getOrDefault(userId, Map.of()).values().forEach(sink -> sink.accept(json));
  }

  @Override
  public int connectionCount(String userId) {
    return byUser.getOrDefault(userId, Map.of()).size();
  }
}
