package com.acme.a;

public class Settings {
  public String host;
  public int port;
  private String secret;
}
