package com.acme.api;

import com.acme.core.Core;

public class Api {
  Core core;
}
