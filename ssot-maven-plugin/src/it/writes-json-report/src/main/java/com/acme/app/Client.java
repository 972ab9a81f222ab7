package com.acme.app;

import com.acme.ws.legacy.LegacyWebSocketManager;

public class Client {
  LegacyWebSocketManager manager;
}
