package com.acme.b;

public class Point {
  public Point(int x, int y) {}

  public Point(double angle) {}
}
