package dev.ssot.core.rule;

import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;

/**
 * A rule with its metadata read from {@link RuleDefinition}.
 *
 * @param rule the rule instance
 */
public record RuleDescriptor(
    RuleId id,
    String summary,
    Severity severity,
    Category category,
    boolean enabledByDefault,
    Class<? extends Record> optionsType,
    boolean reviewsSuppressions,
    Rule rule) {

  /** Reads the metadata of a rule instance; fails if the class is not annotated properly. */
  public static RuleDescriptor of(Rule rule) {
    RuleDefinition definition = rule.getClass().getAnnotation(RuleDefinition.class);
    if (definition == null) {
      throw new IllegalStateException(rule.getClass().getName() + " lacks @RuleDefinition");
    }
    return new RuleDescriptor(new RuleId(definition.id()), definition.summary(), definition.severity(),
        definition.category(), definition.enabledByDefault(), definition.options(),
        definition.reviewsSuppressions(), rule);
  }

  /** The classpath resource that holds the rule's long-form documentation. */
  public String docResource() {
    return "dev/ssot/rules/docs/" + id.value() + ".md";
  }
}
