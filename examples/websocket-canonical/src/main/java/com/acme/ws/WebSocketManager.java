package com.acme.ws;

import com.acme.ws.events.AgentEvent;
import com.acme.ws.events.AgentEvents;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WebSocket manager: the registry of open connections, keyed by user, and the delivery of
 * agent events to the user they belong to.
 *
 * <p>Thread-safe. Each user's connections are an immutable list replaced atomically
 * ({@link ConcurrentHashMap#compute}), so connecting, disconnecting and the limit check are atomic
 * per user, different users never contend, and sending reads a snapshot without locking. Text is
 * handed to the sinks outside any lock.
 *
 * <p>Made by {@link WebSocketManagers#create}; use it through {@link WebSocketManagerProtocol}.
 */
public final class WebSocketManager implements WebSocketManagerProtocol {

  private static final System.Logger LOG = System.getLogger(WebSocketManager.class.getName());

  private final WebSocketManagerMode mode;
  private final int maxConnectionsPerUser;
  private final ConcurrentMap<String, List<WebSocketConnection>> byUser = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, WebSocketConnection> byId = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong();

  WebSocketManager(WebSocketManagerMode mode, int maxConnectionsPerUser) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (maxConnectionsPerUser < 1) {
      throw new IllegalArgumentException("maxConnectionsPerUser must be at least 1, got " + maxConnectionsPerUser);
    }
    this.maxConnectionsPerUser = maxConnectionsPerUser;
  }

  @Override
  public WebSocketConnection connect(UserContext user, MessageSink sink) {
    Objects.requireNonNull(user, "user");
    WebSocketConnection connection =
        new WebSocketConnection("conn-" + nextId.incrementAndGet(), user.userId(), sink);
    List<WebSocketConnection> evicted = new ArrayList<>(1);
    byUser.compute(user.userId(), (userId, current) -> {
      List<WebSocketConnection> next = current == null ? new ArrayList<>() : new ArrayList<>(current);
      if (next.size() >= maxConnectionsPerUser) {
        if (mode == WebSocketManagerMode.REJECT_NEW) {
          throw new ConnectionLimitExceededException(userId, maxConnectionsPerUser);
        }
        WebSocketConnection oldest = next.remove(0);
        byId.remove(oldest.id());
        evicted.add(oldest);
      }
      next.add(connection);
      byId.put(connection.id(), connection);
      return List.copyOf(next);
    });
    for (WebSocketConnection oldest : evicted) {
      try {
        oldest.sink().close("replaced by a newer connection (at most " + maxConnectionsPerUser
            + " per user)");
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "closing evicted connection " + oldest.id() + " failed", e);
      }
    }
    return connection;
  }

  @Override
  public boolean disconnect(String connectionId) {
    WebSocketConnection connection = byId.remove(connectionId);
    if (connection == null) {
      return false;
    }
    byUser.computeIfPresent(connection.userId(), (userId, current) -> {
      List<WebSocketConnection> rest = new ArrayList<>(current);
      rest.removeIf(c -> c.id().equals(connectionId));
      return rest.isEmpty() ? null : List.copyOf(rest);
    });
    return true;
  }

  @Override
  public int send(AgentEvent event) {
    List<WebSocketConnection> targets = byUser.getOrDefault(event.userId(), List.of());
    if (targets.isEmpty()) {
      return 0;
    }
    String json = AgentEvents.toJson(event);
    int delivered = 0;
    for (WebSocketConnection connection : targets) {
      try {
        connection.send(json);
        delivered++;
      } catch (RuntimeException e) {
        // The peer went away between the snapshot and the send; its close handler disconnects it.
        LOG.log(Level.DEBUG, "send to " + connection.id() + " failed", e);
      }
    }
    return delivered;
  }

  @Override
  public List<WebSocketConnection> connections(String userId) {
    return byUser.getOrDefault(userId, List.of());
  }

  @Override
  public int connectionCount(String userId) {
    return connections(userId).size();
  }

  @Override
  public int totalConnections() {
    return byId.size();
  }

  @Override
  public int maxConnectionsPerUser() {
    return maxConnectionsPerUser;
  }

  @Override
  public WebSocketManagerMode mode() {
    return mode;
  }
}
