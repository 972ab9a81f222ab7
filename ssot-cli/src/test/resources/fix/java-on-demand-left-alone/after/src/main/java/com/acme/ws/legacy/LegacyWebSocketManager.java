package com.acme.ws.legacy;

import com.acme.ws.WebSocketManager;

/** Old name. */
@Deprecated
public class LegacyWebSocketManager extends WebSocketManager {}
