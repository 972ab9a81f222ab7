package com.acme.ws;

class SampleTest {
  Sample sample;
}
