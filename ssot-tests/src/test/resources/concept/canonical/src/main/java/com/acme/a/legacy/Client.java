package com.acme.a.legacy;

public class Client {
  public void send(String message) {
    int length = message.length();
    System.out.println(length);
  }
}
