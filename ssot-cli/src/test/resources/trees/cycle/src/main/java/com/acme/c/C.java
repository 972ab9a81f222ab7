package com.acme.c;

import com.acme.a.A;

public class C {
  A a;
}
