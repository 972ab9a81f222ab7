package com.acme.c;

class Broken {
  void unfinished( {
}
