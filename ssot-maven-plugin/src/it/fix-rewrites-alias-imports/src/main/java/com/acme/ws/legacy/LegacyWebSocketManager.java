package com.acme.ws.legacy;

import com.acme.ws.WebSocketManager;

/** @deprecated import com.acme.ws.WebSocketManager */
@Deprecated
public class LegacyWebSocketManager extends WebSocketManager {}
