package com.acme.ui;

@Deprecated
public class Legacy {
  public static class Part {
    public void use() {}
  }
}
