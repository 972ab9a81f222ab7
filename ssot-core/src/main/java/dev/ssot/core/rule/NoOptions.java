package dev.ssot.core.rule;

/** The options of a rule that has none. */
public record NoOptions() {}
