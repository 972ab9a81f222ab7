package com.acme.loop;

public class Chicken extends Egg {}

class Egg extends Chicken {}
