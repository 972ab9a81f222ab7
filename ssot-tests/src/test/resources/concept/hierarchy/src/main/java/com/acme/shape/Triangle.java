package com.acme.shape;

public class Triangle implements Shape {
  @Override
  public double area() {
    return 0.5;
  }
}
