package com.acme.ws;

public class WebSocketManager {
  public void send(String user, String text) {}
}
