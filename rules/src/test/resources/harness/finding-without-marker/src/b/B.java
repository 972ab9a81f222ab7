package b;

import a.A;

public class B {
  A a;
}
