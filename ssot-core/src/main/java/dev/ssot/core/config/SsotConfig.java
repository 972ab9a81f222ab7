package dev.ssot.core.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ssot.core.finding.FailLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project configuration ({@code ssot.yaml} or {@code ssot.json}, same schema).
 *
 * @param file where it was read from, or null for the defaults
 * @param include globs over root-relative paths; a file must match one (empty: all)
 * @param exclude globs over root-relative paths that remove files
 * @param rules per-rule settings by rule id, sorted (the older top-level {@code imports.banned}
 *     list arrives here as {@code rules.banned-import.prefixes})
 * @param failOn the lowest severity that fails the run, or null for the default
 * @param concepts concepts declared under {@code concepts:}
 * @param affixes the affixes for concept inference, or null for the defaults
 * @param minSharedMembers {@code inference.minSharedMembers}, or null for the default
 * @param baseline {@code baseline}: the baseline file, resolved against the config file's
 *     directory, or null
 * @param languages the language sections ({@code <language-id>:}) by language id
 */
public record SsotConfig(
    Path file,
    List<String> include,
    List<String> exclude,
    Map<String, RuleSettings> rules,
    FailLevel failOn,
    List<ConceptDeclaration> concepts,
    List<String> affixes,
    Double minSharedMembers,
    Path baseline,
    Map<String, LanguageSettings> languages) {

  /** The affixes stripped from names by default when concepts are inferred. */
  public static final List<String> DEFAULT_AFFIXES =
      List.of(
          "Unified",
          "Default",
          "Base",
          "Abstract",
          "Impl",
          "Implementation",
          "Legacy",
          "Compat",
          "Enhanced",
          "Simple",
          "Basic",
          "Modern",
          "New",
          "Old",
          "V1",
          "V2",
          "V3",
          "V4",
          "V5",
          "V6",
          "V7",
          "V8",
          "V9");

  /** The share of methods same-named definitions must have in common, by default. */
  public static final double DEFAULT_MIN_SHARED_MEMBERS = 0.5;

  /** Config file names looked for in the analysed root, in this order. */
  public static final List<String> DEFAULT_FILE_NAMES =
      List.of("ssot.yaml", "ssot.yml", "ssot.json");

  public SsotConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rules = new TreeMap<>(rules);
    concepts = List.copyOf(concepts);
    affixes = affixes == null ? null : List.copyOf(affixes);
    languages = languages == null ? Map.of() : new TreeMap<>(languages);
  }

  /** A language's section, or no settings. */
  public LanguageSettings languageSettings(String language) {
    return languages.getOrDefault(language, LanguageSettings.NONE);
  }

  /** The share of member names inferred same-named duplicates must have in common. */
  public double effectiveMinSharedMembers() {
    return minSharedMembers != null ? minSharedMembers : DEFAULT_MIN_SHARED_MEMBERS;
  }

  /** The affixes stripped when normalising names: configured, else the defaults. */
  public List<String> effectiveAffixes() {
    return affixes != null ? affixes : DEFAULT_AFFIXES;
  }

  /** The configuration used when there is no file. */
  public static SsotConfig defaults() {
    return new SsotConfig(
        null, List.of(), List.of(), Map.of(), null, List.of(), null, null, null, Map.of());
  }

  public Optional<RuleSettings> settingsOf(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /**
   * Binds the options of one rule to its options record. Missing settings bind an empty object, so
   * the record's own defaults apply.
   *
   * @throws ConfigException naming {@code rules.<id>.<key>} and its line when a key is unknown or a
   *     value does not fit
   */
  public <T extends Record> T bindOptions(String ruleId, Class<T> type) {
    RuleSettings settings = rules.get(ruleId);
    ObjectMapper mapper = OPTIONS_MAPPER;
    try {
      if (settings == null) {
        return mapper.readValue("{}", type);
      }
      return mapper.treeToValue(settings.options(), type);
    } catch (UnrecognizedPropertyException e) {
      List<String> known = new ArrayList<>(List.of("severity", "enabled"));
      Arrays.stream(type.getRecordComponents()).forEach(c -> known.add(c.getName()));
      String key = e.getPropertyName();
      throw new ConfigException(
          file,
          lineOf(settings, key),
          "rules." + ruleId + "." + key,
          "unknown key" + Suggestions.hint(key, known, "known keys"));
    } catch (JsonMappingException e) {
      String key = ConfigLoader.keyPath(e);
      String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      throw new ConfigException(
          file,
          lineOf(settings, first),
          "rules." + ruleId + (key.isEmpty() ? "" : "." + key),
          ConfigLoader.describe(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigException(
          file, settings == null ? 0 : settings.line(), "rules." + ruleId, e.getOriginalMessage());
    }
  }

  private static int lineOf(RuleSettings settings, String key) {
    if (settings == null) {
      return 0;
    }
    return settings.keyLines().getOrDefault(key, settings.line());
  }

  private static final ObjectMapper OPTIONS_MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();
}
