package com.acme.shape;

public interface Shape {
  double area();
}
