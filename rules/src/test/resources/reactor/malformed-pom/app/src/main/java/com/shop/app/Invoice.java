package com.shop.app;

import com.shop.orders.Money;
import java.math.BigDecimal;

public final class Invoice {
  public Money total() {
    return new Money(BigDecimal.ONE, "EUR");
  }
}
