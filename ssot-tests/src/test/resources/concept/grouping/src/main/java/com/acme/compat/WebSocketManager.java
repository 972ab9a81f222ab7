package com.acme.compat;

/** Kept for old callers. */
@Deprecated
public class WebSocketManager extends com.acme.ws.WebSocketManager {}
