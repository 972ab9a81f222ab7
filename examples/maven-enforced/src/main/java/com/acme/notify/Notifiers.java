package com.acme.notify;

/** The one factory for notifiers. */
public final class Notifiers {
  private Notifiers() {}

  public static Notifier forChannel(String channel) {
    return switch (channel) {
      case "email" -> new EmailNotifier();
      case "sms" -> new SmsNotifier();
      default -> throw new IllegalArgumentException("unknown channel " + channel);
    };
  }
}
