package com.acme.ws;

public class Session {
  public String id() {
    return "ws";
  }

  public void expire() {
    System.out.println("expired");
  }
}
