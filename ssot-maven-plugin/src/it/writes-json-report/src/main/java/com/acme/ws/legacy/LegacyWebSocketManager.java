package com.acme.ws.legacy;

@Deprecated
public class LegacyWebSocketManager extends com.acme.ws.WebSocketManager {}
