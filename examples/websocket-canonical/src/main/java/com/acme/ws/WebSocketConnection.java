package com.acme.ws;

import java.util.Objects;

/**
 * One open WebSocket connection of one user, as the manager knows it.
 *
 * @param id unique within the manager that registered it
 * @param userId the user the connection belongs to
 * @param sink where text for the peer goes
 */
public record WebSocketConnection(String id, String userId, MessageSink sink) {

  public WebSocketConnection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(sink, "sink");
  }

  /** Sends one text frame to the peer. */
  public void send(String text) {
    sink.send(text);
  }
}
