package com.acme.ws;

public class ReconnectingWebSocketManager extends WebSocketManager {
  public void reconnect() {
    System.out.println("again");
  }
}
