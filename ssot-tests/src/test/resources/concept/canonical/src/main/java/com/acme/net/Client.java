package com.acme.net;

public class Client {
  public void send(String message) {
    int length = message.length();
    System.out.println(length);
  }
}
