package dev.ssot.core.rule;

import dev.ssot.core.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The metadata of a rule, on the rule class itself. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

  /** The kebab-case id naming the problem, e.g. {@code import-cycle}. */
  String id();

  /** One line: the default message prefix and the SARIF short description. */
  String summary();

  /** The default severity; config may change it. */
  dev.ssot.core.finding.Severity severity() default Severity.ERROR;

  Category category();

  /** Whether the rule runs when config and command line do not mention it. */
  boolean enabledByDefault() default true;

  /**
   * The rule's typed options: a record bound from {@code rules.<id>} in config (keys other than
   * {@code severity} and {@code enabled}). A record with no components means "no options".
   */
  Class<? extends Record> options() default NoOptions.class;

  /**
   * Whether the rule judges suppressions: it then runs after every other rule's findings have been
   * filtered by the suppressions in source, and {@link RuleContext#suppressions()} says which of
   * them were used.
   */
  boolean reviewsSuppressions() default false;
}
