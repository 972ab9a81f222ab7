package com.acme.orders;

import java.util.Map;

public class PriceCalculator {
  private final Map<String, Long> cents = Map.of("book", 1200L, "pen", 150L);

  public long price(String sku, int quantity) {
    return cents.getOrDefault(sku, 0L) * quantity;
  }

  public long discount(String customer, long total) {
    return customer.startsWith("vip-") ? total / 10 : 0;
  }
}
