package com.acme.notify;

final class SmsNotifier implements Notifier {
  @Override
  public void notify(String user, String message) {
    System.out.println("sms to " + user + ": " + message);
  }
}
