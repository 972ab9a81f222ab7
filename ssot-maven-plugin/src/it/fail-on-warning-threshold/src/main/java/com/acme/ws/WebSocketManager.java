package com.acme.ws;

public class WebSocketManager {
  public void send(String user, String event) {
    System.out.println(user + event);
  }

  public void close(String user) {
    System.out.println(user);
  }
}
