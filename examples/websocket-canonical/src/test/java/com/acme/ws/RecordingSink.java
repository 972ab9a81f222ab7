package com.acme.ws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what it was sent, and whether and why it was closed. */
final class RecordingSink implements MessageSink {
  final List<String> sent = new CopyOnWriteArrayList<>();
  volatile String closedBecause;

  @Override
  public void send(String text) {
    sent.add(text);
  }

  @Override
  public void close(String reason) {
    closedBecause = reason;
  }
}
