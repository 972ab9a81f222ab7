package com.acme.ws;

public class Sender {
  public void send(String message) {
    System.out.println(message);
  }
}
