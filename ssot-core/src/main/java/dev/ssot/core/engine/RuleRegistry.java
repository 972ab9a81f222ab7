package dev.ssot.core.engine;

import dev.ssot.core.rule.Rule;
import dev.ssot.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The rules on the classpath, found with {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {

  private final List<RuleDescriptor> rules;

  private RuleRegistry(List<RuleDescriptor> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Loads every {@link Rule} registered in {@code META-INF/services} of the class loader. */
  public static RuleRegistry load(ClassLoader loader) {
    TreeMap<String, RuleDescriptor> byId = new TreeMap<>();
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      RuleDescriptor descriptor = RuleDescriptor.of(rule);
      RuleDescriptor previous = byId.putIfAbsent(descriptor.id().value(), descriptor);
      if (previous != null && previous.rule().getClass() != rule.getClass()) {
        throw new IllegalStateException(
            "rule id '"
                + descriptor.id()
                + "' is declared by both "
                + previous.rule().getClass().getName()
                + " and "
                + rule.getClass().getName());
      }
    }
    return new RuleRegistry(new ArrayList<>(byId.values()));
  }

  /** Loads the rules visible to ssot's own class loader. */
  public static RuleRegistry load() {
    return load(RuleRegistry.class.getClassLoader());
  }

  public List<RuleDescriptor> all() {
    return rules;
  }

  public Optional<RuleDescriptor> find(String id) {
    return rules.stream().filter(r -> r.id().value().equals(id)).findFirst();
  }

  /** The ids, sorted, for error messages. */
  public List<String> ids() {
    return rules.stream().map(r -> r.id().value()).sorted(Comparator.naturalOrder()).toList();
  }
}
