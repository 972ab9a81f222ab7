package com.acme.app;

import com.acme.compat.Sockets;

public class Client {
  Sockets sockets;
}
