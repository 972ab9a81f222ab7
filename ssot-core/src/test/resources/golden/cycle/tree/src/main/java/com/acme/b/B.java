package com.acme.b;

import com.acme.a.A;

public class B {
  A a;
}
