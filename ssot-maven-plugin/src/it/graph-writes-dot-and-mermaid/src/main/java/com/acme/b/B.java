package com.acme.b;

import com.acme.c.C;

public class B {
  C c;
}
