package com.acme.agent;

public class HttpClient {
  public void send(String message) {
    int length = message.length();
    System.out.println(length);
  }
}
