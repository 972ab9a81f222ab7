package com.acme.notify;

/** Sends a message to a user. The one definition of the concept. */
public interface Notifier {
  void notify(String user, String message);
}
