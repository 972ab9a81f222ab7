package com.acme.d;

import com.acme.a.A;

/** Depends on the tangle, but nothing depends back: not in a cycle. */
public class D {
  A a;
}
