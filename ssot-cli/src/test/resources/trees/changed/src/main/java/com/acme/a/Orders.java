package com.acme.a;

import com.acme.b.Billing;

public class Orders {
  private final Billing billing = new Billing();

  public int total(int items) {
    return billing.price(items);
  }
}
