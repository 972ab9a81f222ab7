package com.acme.app;

import com.acme.net.Client;

public class App {
  private final Client client = new Client();
}
