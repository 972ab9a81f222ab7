package com.acme.audit;

public class Session {
  public void record(String event) {
    System.out.println(event);
  }

  public int count() {
    return 0;
  }
}
