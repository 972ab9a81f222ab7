package com.acme.b;

public class Other {
  com.acme.a.A back;
}
