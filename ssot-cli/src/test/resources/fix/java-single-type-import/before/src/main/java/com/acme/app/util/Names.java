package com.acme.app.util;

public final class Names {
  public static final String PREFIX = "ws";
}
