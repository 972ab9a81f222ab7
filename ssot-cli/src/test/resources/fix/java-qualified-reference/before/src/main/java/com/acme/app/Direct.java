package com.acme.app;

public class Direct {
  private final com.acme.ws.legacy.LegacyWebSocketManager manager =   
      new com.acme.ws.legacy.LegacyWebSocketManager();
}
