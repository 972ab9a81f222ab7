package com.acme.app;

public class Broken {
  void half( {
}
