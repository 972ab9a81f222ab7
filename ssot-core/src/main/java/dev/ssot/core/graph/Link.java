package dev.ssot.core.graph;

import dev.ssot.core.model.Location;

/**
 * One dependency a linker found: {@code from} depends on {@code to} at {@code level}, evidenced at
 * {@code at}.
 */
public record Link(Level level, String from, String to, Location at) {}
