package com.acme.b;

import com.acme.c.*;
import com.acme.e.*;

public class B {
  C c;
}
