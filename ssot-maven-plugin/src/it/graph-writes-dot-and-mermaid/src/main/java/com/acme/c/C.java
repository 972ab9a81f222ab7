package com.acme.c;

import com.acme.a.A;

public class C {
  A first;
  com.acme.a.A second;
  com.acme.a.A third;
  com.acme.a.A fourth;
  com.acme.a.A fifth;
}
