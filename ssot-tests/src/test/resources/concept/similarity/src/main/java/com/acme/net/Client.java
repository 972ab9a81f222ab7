package com.acme.net;

public class Client extends BaseClient {
  public void close() {}
}
