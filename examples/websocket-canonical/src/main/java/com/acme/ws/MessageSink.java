package com.acme.ws;

/** Where a connection's outgoing text goes: the peer at the other end of the socket. */
@FunctionalInterface
public interface MessageSink {

  /**
   * Sends one text frame to the peer.
   *
   * @throws RuntimeException when the peer is gone; the manager skips that connection
   */
  void send(String text);

  /**
   * Ends the connection from the server's side, e.g. when the manager evicts it. Sinks that
   * cannot close anything need not override it.
   *
   * @param reason why, for the peer
   */
  default void close(String reason) {}
}
