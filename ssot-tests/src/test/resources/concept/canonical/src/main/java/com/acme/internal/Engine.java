package com.acme.internal;

public class Engine {
  public void start() {
    System.out.println("start");
  }
}
