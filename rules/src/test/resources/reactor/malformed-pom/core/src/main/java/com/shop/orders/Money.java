package com.shop.orders;

import java.math.BigDecimal;

/** An amount in one currency. */
public final class Money { // expect: duplicate-type: keep the definition at app/src/main/java/com/shop/orders/Money.java
  private final BigDecimal amount;
  private final String currency;

  public Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount), currency);
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }
}
