package com.acme.app;

public class Direct {
  private final com.acme.ws.WebSocketManager manager =   
      new com.acme.ws.WebSocketManager();
}
