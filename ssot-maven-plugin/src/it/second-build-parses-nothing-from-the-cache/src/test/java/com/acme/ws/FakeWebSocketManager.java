package com.acme.ws;

/** A test double that stays in step with what it stands in for: it extends it. */
public class FakeWebSocketManager extends WebSocketManager {
  @Override
  public void send(String user, String event) {}
}
