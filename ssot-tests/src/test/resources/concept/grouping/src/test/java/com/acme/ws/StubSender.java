package com.acme.ws;

public class StubSender extends Sender {
  @Override
  public void send(String message) {}
}
