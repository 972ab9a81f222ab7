package com.acme.notify;

import java.util.ArrayList;
import java.util.List;

/** An implementation of Notifier, not a second definition: it implements the interface. */
final class EmailNotifier implements Notifier {
  private final List<String> outbox = new ArrayList<>();

  @Override
  public void notify(String user, String message) {
    outbox.add(user + "@example.com: " + message);
  }
}
