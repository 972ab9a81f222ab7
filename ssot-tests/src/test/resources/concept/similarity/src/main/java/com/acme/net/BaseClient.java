package com.acme.net;

public abstract class BaseClient {
  public void send(String message) {}
}
