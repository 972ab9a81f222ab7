package com.acme.shape;

public abstract class AbstractShape implements Shape {
  public String name() {
    return getClass().getSimpleName();
  }
}
