package com.acme.ws;

public class FakeWebSocketManager {
  public void send(String message) {}
}
