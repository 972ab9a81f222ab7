package com.acme.a;

import com.acme.b.B;

public class A {
  B b;
}
