package com.acme.ui;

import javax.swing.JPanel;

public class Widget extends JPanel implements com.acme.shape.Shape {
  @Override
  public double area() {
    return getWidth() * getHeight();
  }
}
