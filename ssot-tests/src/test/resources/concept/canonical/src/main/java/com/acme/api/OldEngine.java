package com.acme.api;

@Deprecated
public class OldEngine extends com.acme.internal.Engine {}
