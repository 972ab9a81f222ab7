package dev.ssot.core.rule;

import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
    return new RuleDescriptor(
        new RuleId(definition.id()),
        definition.summary(),
        definition.severity(),
        definition.category(),
        definition.enabledByDefault(),
        definition.options(),
        definition.reviewsSuppressions(),
        rule);
  }

  /** The classpath resource that holds the rule's long-form documentation. */
  public String docResource() {
    return "dev/ssot/rules/docs/" + id.value() + ".md";
  }

  /**
   * The rule's documentation page, read from {@link #docResource()} with the class loader that
   * loaded the rule (so it works wherever the rule does: a shaded jar, a Maven plugin realm).
   *
   * @return the Markdown page, or empty when the rule ships none
   */
  public Optional<String> documentation() {
    ClassLoader loader = rule.getClass().getClassLoader();
    try (InputStream in = loader == null ? null : loader.getResourceAsStream(docResource())) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + docResource(), e);
    }
  }
}
