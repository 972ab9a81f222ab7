package com.acme.a;

import com.acme.b.B;
import com.acme.b.Other;

public class A {
  B b;
  Other other;
  Nested nested;

  static class Nested {
    A outer;
  }
}
