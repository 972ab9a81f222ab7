package com.acme.e;

public class E {}
