package dev.ssot.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssot.core.finding.Severity;
import java.util.Map;

/**
 * The settings of one rule under {@code rules.<id>}: the common keys {@code severity} and {@code
 * enabled}, and the rule's own options, still unbound (the engine binds them to the rule's options
 * record, see {@link SsotConfig#bindOptions}).
 *
 * @param line the line of the rule's key in the config file
 * @param severity configured severity or null
 * @param enabled configured switch or null
 * @param options the remaining keys
 * @param keyLines the line of each option key
 */
public record RuleSettings(
    int line,
    Severity severity,
    Boolean enabled,
    ObjectNode options,
    Map<String, Integer> keyLines) {

  public RuleSettings {
    keyLines = Map.copyOf(keyLines);
  }
}
