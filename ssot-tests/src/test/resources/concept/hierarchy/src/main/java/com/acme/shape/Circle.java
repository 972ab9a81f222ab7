package com.acme.shape;

public class Circle extends AbstractShape {
  private final double radius = 1;

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }
}
