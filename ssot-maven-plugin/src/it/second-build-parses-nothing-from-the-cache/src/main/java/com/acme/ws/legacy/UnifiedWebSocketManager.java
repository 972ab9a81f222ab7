package com.acme.ws.legacy;

import com.acme.ws.WebSocketManager;

/** The old name, kept while callers migrate: an alias, not a second definition. */
@Deprecated
public class UnifiedWebSocketManager extends WebSocketManager {}
