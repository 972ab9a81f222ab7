package com.acme.orders;

import com.acme.notify.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A test double that implements what it stands in for, so it cannot drift. */
public class FakeNotifier implements Notifier {
  final List<String> sent = new ArrayList<>();

  @Override
  public void notify(String user, String message) {
    sent.add(user + ": " + message);
  }
}
