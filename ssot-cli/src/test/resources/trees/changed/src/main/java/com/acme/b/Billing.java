package com.acme.b;

import com.acme.a.Orders;

public class Billing {
  public int price(int items) {
    return items * 3;
  }

  public Orders reorder() {
    return new Orders();
  }
}
