package a;

import b.B; // expect: import-cycle: 7 packages

public class A {
  B b;
}
