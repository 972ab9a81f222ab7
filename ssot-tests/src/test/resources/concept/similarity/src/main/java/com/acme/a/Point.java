package com.acme.a;

public class Point {
  public Point(int x, int y) {}

  private Point() {}
}
