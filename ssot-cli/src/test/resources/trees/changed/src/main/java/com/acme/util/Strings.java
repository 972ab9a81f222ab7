package com.acme.util;

public final class Strings {
  private Strings() {}

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
