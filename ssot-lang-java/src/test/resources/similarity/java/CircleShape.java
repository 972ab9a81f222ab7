package com.example.shapes;

public final class CircleShape implements Shape {

  private final double radius;

  public CircleShape(double radius) {
    this.radius = radius;
  }

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }

  @Override
  public double perimeter() {
    return 2 * Math.PI * radius;
  }

  @Override
  public boolean contains(double x, double y) {
    return x * x + y * y <= radius * radius;
  }

  @Override
  public Shape scaled(double factor) {
    return new CircleShape(radius * factor);
  }
}
