package dev.ssot.core.engine;

import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.rule.RuleDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules' options records, bound from config once per analysis. */
final class RuleOptions {

  private final Map<Class<?>, Record> options;

  private RuleOptions(Map<Class<?>, Record> options) {
    this.options = options;
  }

  /**
   * Binds the options of every selected rule and of every rule config mentions (so typos fail even
   * for unselected rules).
   *
   * @throws dev.ssot.core.config.ConfigException naming the key of a bad or unknown option
   */
  static RuleOptions bind(SsotConfig config, RuleRegistry registry, List<RuleDescriptor> selected) {
    Map<Class<?>, Record> options = new HashMap<>();
    for (RuleDescriptor rule : registry.all()) {
      boolean configured = config.settingsOf(rule.id().value()).isPresent();
      if (configured || selected.contains(rule)) {
        options.put(
            rule.rule().getClass(), config.bindOptions(rule.id().value(), rule.optionsType()));
      }
    }
    return new RuleOptions(options);
  }

  /**
   * A rule's options, as the type it asks for.
   *
   * @throws IllegalStateException when the rule asks for another type than it declares (a bug)
   */
  <T extends Record> T of(RuleDescriptor rule, Class<T> type) {
    Record bound = options.get(rule.rule().getClass());
    if (!type.isInstance(bound)) {
      throw new IllegalStateException(
          "rule "
              + rule.id()
              + " asked for options "
              + type.getName()
              + " but declares "
              + rule.optionsType().getName());
    }
    return type.cast(bound);
  }
}
