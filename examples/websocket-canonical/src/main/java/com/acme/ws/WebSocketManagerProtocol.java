package com.acme.ws;

import com.acme.ws.events.AgentEvent;
import java.util.List;

/**
 * The WebSocket manager's contract: who is connected, and delivery of agent events to the user
 * they belong to. {@link WebSocketManager} is the only implementation; code that needs a manager
 * depends on this interface and gets the instance from {@link WebSocketManagers}.
 */
public interface WebSocketManagerProtocol {

  /**
   * Registers a new connection for a user.
   *
   * @param user the authenticated user the connection belongs to
   * @param sink where the connection's outgoing text goes
   * @return the registered connection, with a fresh id
   * @throws ConnectionLimitExceededException when the user already has
   *     {@link #maxConnectionsPerUser()} connections and the mode is
   *     {@link WebSocketManagerMode#REJECT_NEW}
   */
  WebSocketConnection connect(UserContext user, MessageSink sink);

  /**
   * Forgets a connection; the user's entry goes when its last connection does.
   *
   * @return whether the connection was registered
   */
  boolean disconnect(String connectionId);

  /**
   * Delivers an event, as JSON, to every connection of {@link AgentEvent#userId()} and to no
   * other. Events sent from one thread arrive in the order they were sent.
   *
   * @return how many connections accepted the event
   */
  int send(AgentEvent event);

  /** The user's open connections, oldest first (a snapshot). */
  List<WebSocketConnection> connections(String userId);

  /** How many connections the user has open. */
  int connectionCount(String userId);

  /** How many connections are open, all users together. */
  int totalConnections();

  /** The most connections one user may hold at once. */
  int maxConnectionsPerUser();

  /** What happens when a user at the limit opens one more connection. */
  WebSocketManagerMode mode();
}
