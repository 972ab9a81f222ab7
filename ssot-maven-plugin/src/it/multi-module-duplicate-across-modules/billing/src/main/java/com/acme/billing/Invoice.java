package com.acme.billing;

public class Invoice {
  private final SimplePriceCalculator prices = new SimplePriceCalculator();

  public long amount(String customer, String sku, int quantity) {
    long total = prices.price(sku, quantity);
    return total - prices.discount(customer, total);
  }
}
