package dev.ssot.core.rule;

import dev.ssot.core.model.Suppression;

/**
 * A suppression written in source and what became of it in this run.
 *
 * @param suppression the suppression
 * @param ruleKnown whether its rule id names a registered rule
 * @param ruleRan whether that rule ran in this run (only then can it be judged unused)
 * @param used whether it silenced at least one finding
 */
public record SuppressionUse(
    Suppression suppression, boolean ruleKnown, boolean ruleRan, boolean used) {}
