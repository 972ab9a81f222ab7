package com.acme.ws;

/** The one manager. */
public class WebSocketManager {
  public static final int LIMIT = 10;

  public void send(String user, String text) {}

  public static WebSocketManager create() {
    return new WebSocketManager();
  }
}
