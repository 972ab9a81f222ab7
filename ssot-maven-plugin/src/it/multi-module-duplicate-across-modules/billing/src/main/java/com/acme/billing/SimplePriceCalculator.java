package com.acme.billing;

/** billing's own copy of the pricing rules, written before orders had one. */
public class SimplePriceCalculator {
  public long price(String sku, int quantity) {
    return ("book".equals(sku) ? 1200L : 150L) * quantity;
  }

  public long discount(String customer, long total) {
    return customer.startsWith("vip-") ? total / 10 : 0;
  }
}
