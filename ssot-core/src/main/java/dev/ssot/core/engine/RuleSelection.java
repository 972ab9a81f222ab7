package dev.ssot.core.engine;

import dev.ssot.core.config.ConfigException;
import dev.ssot.core.config.RuleSettings;
import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which rules run: every rule config names must exist, and so must every id given to select or
 * ignore; then the request's selection, else each rule's {@code enabled} setting, else its default,
 * minus the ignored ones.
 */
final class RuleSelection {

  private RuleSelection() {}

  /**
   * The rules to run, in the registry's order.
   *
   * @throws ConfigException when config names a rule that does not exist
   * @throws AnalysisException when the request selects or ignores a rule that does not exist
   */
  static List<RuleDescriptor> select(
      AnalysisRequest request, SsotConfig config, RuleRegistry registry) {
    for (Map.Entry<String, RuleSettings> entry : config.rules().entrySet()) {
      if (registry.find(entry.getKey()).isEmpty()) {
        RuleSettings settings = entry.getValue();
        throw new ConfigException(
            config.file(),
            settings == null ? 0 : settings.line(),
            "rules." + entry.getKey(),
            "unknown rule"
                + dev.ssot.core.config.Suggestions.hint(
                    entry.getKey(), registry.ids(), "known rules"));
      }
    }
    for (String id : concat(request.select(), request.ignore())) {
      if (registry.find(id).isEmpty()) {
        throw new AnalysisException(
            "unknown rule '"
                + id
                + "'"
                + dev.ssot.core.config.Suggestions.hint(id, registry.ids(), "known rules"));
      }
    }
    List<RuleDescriptor> selected = new ArrayList<>();
    for (RuleDescriptor rule : registry.all()) {
      String id = rule.id().value();
      boolean enabled;
      if (!request.select().isEmpty()) {
        enabled = request.select().contains(id);
      } else {
        Boolean configured = config.settingsOf(id).map(RuleSettings::enabled).orElse(null);
        enabled = configured != null ? configured : rule.enabledByDefault();
      }
      if (enabled && !request.ignore().contains(id)) {
        selected.add(rule);
      }
    }
    return selected;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
