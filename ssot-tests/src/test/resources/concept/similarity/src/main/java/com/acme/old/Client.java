package com.acme.old;

@Deprecated
public class Client {
  public void send(String message) {}

  public void close() {}
}
