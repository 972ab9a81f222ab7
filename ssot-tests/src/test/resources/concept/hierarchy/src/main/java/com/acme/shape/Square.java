package com.acme.shape;

public class Square extends AbstractShape {
  private final double side = 1;

  @Override
  public double area() {
    return side * side;
  }
}
