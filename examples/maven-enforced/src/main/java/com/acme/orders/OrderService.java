package com.acme.orders;

import com.acme.notify.Notifier;
import com.acme.notify.Notifiers;

/** Uses the concept through its canonical import and its one factory. */
public class OrderService {
  private final Notifier notifier;

  public OrderService(String channel) {
    this.notifier = Notifiers.forChannel(channel);
  }

  public OrderService(Notifier notifier) {
    this.notifier = notifier;
  }

  public void place(String user, String item) {
    notifier.notify(user, "your order of " + item + " is on its way");
  }
}
