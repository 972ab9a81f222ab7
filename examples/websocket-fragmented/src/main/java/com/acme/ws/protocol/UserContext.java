package com.acme.ws.protocol;

/** Who a connection belongs to. */
public record UserContext(String userId, String token) {}
