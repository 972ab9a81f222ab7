package com.acme.blank;

public class Client {
  public void send(String message) {}
}
