package com.acme.core;

public class Core {}
