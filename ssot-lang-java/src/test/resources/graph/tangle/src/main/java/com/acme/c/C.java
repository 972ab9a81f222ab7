package com.acme.c;

import static com.acme.a.A.Nested;

public class C {
  Object nested = new com.acme.a.A();
  java.util.List<String> external;
}
