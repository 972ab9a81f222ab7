package com.acme.scratch;

public class Money {
  public Money add(Money other) { return this; }
  public Money subtract(Money other) { return this; }
  public long cents() { return 0; }
  public String currency() { return "EUR"; }
}
