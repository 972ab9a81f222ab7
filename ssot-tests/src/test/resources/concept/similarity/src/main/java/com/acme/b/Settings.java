package com.acme.b;

public class Settings {
  public String host;
  public String user;
}
