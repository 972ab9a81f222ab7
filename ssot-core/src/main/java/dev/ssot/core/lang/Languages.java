package dev.ssot.core.lang;

import dev.ssot.core.config.EmbeddedConfigFile;
import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.parse.DiscoveryRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The language front ends on the class path, found with {@link ServiceLoader}, by id. */
public final class Languages {

  private final Map<String, Language> byId;

  private Languages(List<Language> languages) {
    Map<String, Language> map = new TreeMap<>();
    for (Language language : languages) {
      map.putIfAbsent(language.id(), language);
    }
    this.byId = map;
  }

  /** The given front ends. */
  public static Languages of(List<Language> languages) {
    return new Languages(languages);
  }

  /** Every front end the class loader of this class can see. */
  public static Languages installed() {
    return load(Languages.class.getClassLoader());
  }

  /** Every front end the given class loader can see. */
  public static Languages load(ClassLoader loader) {
    List<Language> found = new ArrayList<>();
    ServiceLoader.load(Language.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(Language::id));
    return new Languages(found);
  }

  /** The front ends, sorted by id. */
  public List<Language> all() {
    return List.copyOf(byId.values());
  }

  /**
   * What discovery leaves out: the core's rules ({@link DiscoveryRule#CORE}), then each front
   * end's, in the order of their ids.
   */
  public List<DiscoveryRule> discoveryRules() {
    List<DiscoveryRule> rules = new ArrayList<>(DiscoveryRule.CORE);
    byId.values().forEach(language -> rules.addAll(language.discoveryRules()));
    return List.copyOf(rules);
  }

  /**
   * The other tools' project files that may hold the config, each front end's in the order of their
   * ids.
   */
  public List<EmbeddedConfigFile> configFiles() {
    List<EmbeddedConfigFile> files = new ArrayList<>();
    byId.values().forEach(language -> files.addAll(language.configFiles()));
    return List.copyOf(files);
  }

  /**
   * The readers of build files, each front end's in the order of their ids; of two readers of one
   * file name, the first.
   */
  public List<dev.ssot.core.parse.BuildFileReader> buildFiles() {
    Map<String, dev.ssot.core.parse.BuildFileReader> byName = new java.util.LinkedHashMap<>();
    byId.values()
        .forEach(
            language -> language.buildFiles().forEach(r -> byName.putIfAbsent(r.fileName(), r)));
    return List.copyOf(byName.values());
  }

  /** The front end of a language id. */
  public Optional<Language> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Links facts of any of these languages into a graph. */
  public dev.ssot.core.graph.CodeGraph link(
      java.util.Collection<dev.ssot.core.model.FileFacts> files, java.util.Set<String> opaque) {
    return dev.ssot.core.graph.CodeGraph.of(files, List.copyOf(byId.values()), opaque);
  }

  /** Links facts of any of these languages into a graph. */
  public dev.ssot.core.graph.CodeGraph link(
      java.util.Collection<dev.ssot.core.model.FileFacts> files) {
    return link(files, java.util.Set.of());
  }

  /** The traits of a language id, or the defaults for a language without a front end. */
  public LanguageTraits traits(String id) {
    Language language = id == null ? null : byId.get(id);
    return language == null ? LanguageTraits.DEFAULT : language.traits();
  }
}
