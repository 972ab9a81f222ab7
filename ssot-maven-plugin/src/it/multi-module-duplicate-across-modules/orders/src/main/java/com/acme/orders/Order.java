package com.acme.orders;

public class Order {
  private final PriceCalculator prices = new PriceCalculator();

  public long total(String customer, String sku, int quantity) {
    long total = prices.price(sku, quantity);
    return total - prices.discount(customer, total);
  }
}
