package com.example.shapes;

import java.util.Arrays;

public final class PolygonShape implements Shape {

  private final double[] xs;
  private final double[] ys;

  public PolygonShape(double[] xs, double[] ys) {
    if (xs.length != ys.length || xs.length < 3) {
      throw new IllegalArgumentException("a polygon needs three or more points");
    }
    this.xs = xs.clone();
    this.ys = ys.clone();
  }

  @Override
  public double area() {
    double sum = 0;
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      sum += (xs[j] + xs[i]) * (ys[j] - ys[i]);
    }
    return Math.abs(sum / 2);
  }

  @Override
  public double perimeter() {
    double length = 0;
    for (int i = 0; i < xs.length; i++) {
      int next = (i + 1) % xs.length;
      length += Math.hypot(xs[next] - xs[i], ys[next] - ys[i]);
    }
    return length;
  }

  @Override
  public boolean contains(double x, double y) {
    boolean inside = false;
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
        inside = !inside;
      }
    }
    return inside;
  }

  @Override
  public Shape scaled(double factor) {
    double[] sx = Arrays.stream(xs).map(v -> v * factor).toArray();
    double[] sy = Arrays.stream(ys).map(v -> v * factor).toArray();
    return new PolygonShape(sx, sy);
  }
}
