package com.acme.chat;

public class WebSocketManager {
  public void connect(String url) {
    System.out.println(url);
  }

  public void send(String message) {
    System.out.println(message);
  }

  public void close() {
    System.out.println("closed");
  }
}
