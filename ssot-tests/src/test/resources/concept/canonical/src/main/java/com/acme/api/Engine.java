package com.acme.api;

/** The public name of the engine. */
public class Engine extends com.acme.internal.Engine {}
