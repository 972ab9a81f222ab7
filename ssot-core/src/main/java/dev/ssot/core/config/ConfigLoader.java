package dev.ssot.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code ssot.yaml} / {@code ssot.yml} / {@code ssot.json}. Unknown keys and bad values are
 * errors naming the key, the file and the line.
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /** Finds the default config file in a directory, if any. */
  public static Optional<Path> findIn(Path directory) {
    for (String name : SsotConfig.DEFAULT_FILE_NAMES) {
      Path candidate = directory.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Loads and validates one config file that has no language sections. */
  public static SsotConfig load(Path file) {
    return load(file, java.util.Set.of());
  }

  /**
   * Loads and validates one config file.
   *
   * @param languageSections the top-level keys that are language sections ({@code <id>: {roots:
   *     …}}), one per installed language front end
   */
  public static SsotConfig load(Path file, java.util.Set<String> languageSections) {
    String name = file.getFileName().toString();
    ObjectMapper mapper;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = configure(YAMLMapper.builder());
    } else if (name.endsWith(".json")) {
      mapper = configure(JsonMapper.builder());
    } else {
      throw new ConfigException(
          file, 0, null, "unsupported config file type (use .yaml, .yml or .json)");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, null, "config file not found");
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot read config file: " + e.getMessage());
    }
    RawConfig raw;
    try {
      raw = content.length == 0 ? null : mapper.readValue(content, RawConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "));
      int line = lineOfKey(content, e.getPropertyName(), lineOf(e.getLocation()));
      throw new ConfigException(
          file,
          line,
          keyPath(e),
          "unknown key" + (known.isEmpty() ? "" : " (known keys here: " + known + ")"));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonProcessingException syntax
          && !(syntax instanceof JsonMappingException)) {
        throw new ConfigException(
            file,
            lineOf(syntax.getLocation()),
            null,
            "syntax error: " + syntax.getOriginalMessage());
      }
      throw new ConfigException(file, lineOf(e.getLocation()), keyPath(e), describe(e));
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file, lineOf(e.getLocation()), null, "syntax error: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot read config file: " + e.getMessage());
    }
    if (raw == null) {
      return new SsotConfig(
          file, List.of(), List.of(), Map.of(), null, List.of(), List.of(), null, null, null,
          Map.of());
    }
    Map<String, LanguageSettings> languages = new java.util.TreeMap<>();
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> entry :
        raw.languages.entrySet()) {
      String key = entry.getKey();
      int line = lineOfKey(content, key, 0);
      if (!languageSections.contains(key)) {
        java.util.SortedSet<String> known = new java.util.TreeSet<>(RawConfig.KEYS);
        known.addAll(languageSections);
        throw new ConfigException(
            file, line, key, "unknown key (known keys here: " + String.join(", ", known) + ")");
      }
      try {
        LanguageSection section = mapper.treeToValue(entry.getValue(), LanguageSection.class);
        languages.put(key, new LanguageSettings(section == null ? null : section.roots()));
      } catch (UnrecognizedPropertyException e) {
        throw new ConfigException(
            file,
            lineOfKey(content, e.getPropertyName(), line),
            key + "." + keyPath(e),
            "unknown key (known keys here: roots)");
      } catch (JsonMappingException e) {
        String path = keyPath(e);
        throw new ConfigException(file, line, path.isEmpty() ? key : key + "." + path, describe(e));
      } catch (JsonProcessingException e) {
        throw new ConfigException(file, line, key, "syntax error: " + e.getOriginalMessage());
      }
    }
    List<ConceptDeclaration> concepts = new ArrayList<>();
    if (raw.concepts != null) {
      for (ConceptDeclaration concept : raw.concepts) {
        concepts.add(
            new ConceptDeclaration(
                concept.name(),
                concept.canonical(),
                concept.importPath(),
                concept.members(),
                concept.factory(),
                new Location(file.toString(), concept.declaredAt().line(), 0),
                concept.key()));
      }
    }
    List<BannedImport> banned =
        raw.imports == null || raw.imports.banned == null ? List.of() : raw.imports.banned;
    List<String> affixes = null;
    if (raw.inference != null) {
      affixes =
          new ArrayList<>(
              raw.inference.affixes != null ? raw.inference.affixes : SsotConfig.DEFAULT_AFFIXES);
      if (raw.inference.extraAffixes != null) {
        affixes.addAll(raw.inference.extraAffixes);
      }
    }
    return new SsotConfig(
        file,
        orEmpty(raw.include),
        orEmpty(raw.exclude),
        raw.rules == null ? Map.of() : raw.rules,
        raw.failOn,
        concepts,
        banned,
        affixes,
        raw.inference == null ? null : raw.inference.minSharedMembers(),
        raw.baseline == null || raw.baseline.isBlank()
            ? null
            : file.toAbsolutePath().getParent().resolve(raw.baseline.strip()).normalize(),
        languages);
  }

  private static ObjectMapper configure(
      com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();
  }

  /**
   * The line where an unknown key is written: Jackson reports the position after its value, so look
   * for the key itself ({@code key:} in YAML, {@code "key":} in JSON), at or before that line.
   */
  private static int lineOfKey(byte[] content, String key, int fallback) {
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile(
            "^\\s*(?:-\\s*)?[\"']?"
                + java.util.regex.Pattern.quote(key)
                + "[\"']?\\s*:|[{,]\\s*[\"']?"
                + java.util.regex.Pattern.quote(key)
                + "[\"']?\\s*:");
    String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    int best = 0;
    for (int i = 0; i < lines.length && (fallback <= 0 || i < fallback); i++) {
      if (pattern.matcher(lines[i]).find()) {
        best = i + 1;
      }
    }
    return best > 0 ? best : fallback;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static int lineOf(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /**
   * The dotted key path of a mapping problem ({@code rules.import-cycle.level}, {@code
   * exclude[2]}).
   */
  static String keyPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A one-line description of a mapping problem, without Jackson's internals. */
  static String describe(JsonMappingException e) {
    if (e instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        String expected =
            java.util.Arrays.stream(target.getEnumConstants())
                .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        return "bad value '" + invalid.getValue() + "' (expected one of: " + expected + ")";
      }
      return "bad value '" + invalid.getValue() + "' (expected " + simpleType(target) + ")";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e.getCause() instanceof IllegalArgumentException cause) {
      return cause.getMessage();
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    message = newline > 0 ? message.substring(0, newline) : message;
    if (message.startsWith("Cannot deserialize value of type `java.util.ArrayList")
        || message.startsWith("Cannot deserialize value of type `java.util.List")) {
      return "expected a list";
    }
    if (message.startsWith("Cannot deserialize value of type `java.lang.String` from Object")) {
      return "expected text, not a mapping";
    }
    if (message.startsWith("Cannot deserialize value of type `java.lang.String` from Array")) {
      return "expected text, not a list";
    }
    if (message.startsWith("Cannot deserialize value of type `java.util.LinkedHashMap")
        || message.startsWith("Cannot deserialize value of type `java.util.Map")) {
      return "expected a mapping of keys to values";
    }
    return message;
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }

  /** The file's shape as Jackson binds it. */
  static final class RawConfig {
    final List<String> include;
    final List<String> exclude;
    final Map<String, RuleSettings> rules;
    final FailLevel failOn;
    final List<ConceptDeclaration> concepts;
    final Imports imports;
    final Inference inference;
    final String baseline;
    final Map<String, com.fasterxml.jackson.databind.JsonNode> languages = new LinkedHashMap<>();

    /** The keys of the file's own schema; other top-level keys must be language sections. */
    static final List<String> KEYS =
        List.of(
            "baseline",
            "concepts",
            "exclude",
            "failOn",
            "imports",
            "include",
            "inference",
            "rules");

    @JsonCreator
    RawConfig(
        @JsonProperty("include") List<String> include,
        @JsonProperty("exclude") List<String> exclude,
        @JsonProperty("rules") @JsonDeserialize(contentUsing = RuleSettingsDeserializer.class)
            Map<String, RuleSettings> rules,
        @JsonProperty("failOn") @JsonDeserialize(using = FailLevelDeserializer.class)
            FailLevel failOn,
        @JsonProperty("concepts") @JsonDeserialize(contentUsing = ConceptDeserializer.class)
            List<ConceptDeclaration> concepts,
        @JsonProperty("imports") Imports imports,
        @JsonProperty("inference") Inference inference,
        @JsonProperty("baseline") String baseline) {
      this.include = include;
      this.exclude = exclude;
      this.rules = rules;
      this.failOn = failOn;
      this.concepts = concepts;
      this.imports = imports;
      this.inference = inference;
      this.baseline = baseline;
    }

    /** Any other top-level key: a language section, checked once the languages are known. */
    @com.fasterxml.jackson.annotation.JsonAnySetter
    void language(String key, com.fasterxml.jackson.databind.JsonNode value) {
      languages.put(key, value);
    }
  }

  /** {@code <language>:} — where a language's module names start. */
  record LanguageSection(@JsonProperty("roots") List<String> roots) {
    LanguageSection {
      if (roots != null) {
        for (String root : roots) {
          if (root == null
              || root.isBlank()
              || java.nio.file.Path.of(root).isAbsolute()
              || root.contains("..")) {
            throw new IllegalArgumentException(
                "roots must be directories relative to the config file, was '" + root + "'");
          }
        }
      }
    }
  }

  /** {@code imports:} */
  record Imports(@JsonProperty("banned") List<BannedImport> banned) {}

  /** {@code inference:} — how concepts are inferred from names. */
  record Inference(
      @JsonProperty("affixes") List<String> affixes,
      @JsonProperty("extraAffixes") List<String> extraAffixes,
      @JsonProperty("minSharedMembers") Double minSharedMembers) {
    Inference {
      if (minSharedMembers != null && (minSharedMembers < 0 || minSharedMembers > 1)) {
        throw new IllegalArgumentException(
            "minSharedMembers must be between 0 and 1, was " + minSharedMembers);
      }
    }
  }

  /** One {@code concepts:} entry, remembering its line and index for later errors. */
  static final class ConceptDeserializer extends JsonDeserializer<ConceptDeclaration> {
    private static final Set<String> KEYS =
        new java.util.TreeSet<>(List.of("name", "canonical", "import", "members", "factory"));

    @Override
    public ConceptDeclaration deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      int line = lineOf(p.currentTokenLocation());
      int index =
          p.getParsingContext().getParent() == null
              ? 0
              : Math.max(0, p.getParsingContext().getParent().getCurrentIndex());
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(p, "expected a mapping with name and canonical");
      }
      Map<String, JsonNode> values = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEYS.contains(key)) {
          throw new UnrecognizedPropertyException(
              p,
              "unknown key",
              p.currentLocation(),
              ConceptDeclaration.class,
              key,
              new ArrayList<>(KEYS));
        }
        p.nextToken();
        values.put(key, p.readValueAsTree());
      }
      String name = text(p, values, "name", true);
      String canonical = text(p, values, "canonical", true);
      List<String> members = new ArrayList<>();
      JsonNode memberNode = values.get("members");
      if (memberNode != null) {
        if (memberNode.isTextual()) {
          members.add(memberNode.asText());
        } else if (memberNode.isArray()) {
          memberNode.forEach(m -> members.add(m.asText()));
        } else {
          throw keyed(
              JsonMappingException.from(p, "expected a list of simple-name globs"), "members");
        }
      }
      return new ConceptDeclaration(
          name,
          canonical,
          text(p, values, "import", false),
          members,
          text(p, values, "factory", false),
          new Location("", line, 0),
          "concepts[" + index + "]");
    }

    private static String text(
        JsonParser p, Map<String, JsonNode> values, String key, boolean required)
        throws JsonMappingException {
      JsonNode node = values.get(key);
      if (node == null || node.isNull()) {
        if (required) {
          throw JsonMappingException.from(p, "missing required key '" + key + "'");
        }
        return null;
      }
      if (!node.isTextual() || node.asText().isBlank()) {
        throw keyed(JsonMappingException.from(p, "expected a non-empty text"), key);
      }
      return node.asText().strip();
    }

    private static JsonMappingException keyed(JsonMappingException e, String key) {
      e.prependPath(new JsonMappingException.Reference(null, key));
      return e;
    }
  }

  /** {@code error|warning|info|never}, any case. */
  static final class FailLevelDeserializer extends JsonDeserializer<FailLevel> {
    @Override
    public FailLevel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return FailLevel.parse(text == null ? p.getText() : text);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  /** Reads one {@code rules.<id>} entry, remembering the line of each key. */
  static final class RuleSettingsDeserializer extends JsonDeserializer<RuleSettings> {
    @Override
    public RuleSettings deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = lineOf(p.currentTokenLocation());
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(
            p, "expected a mapping of option keys to values (e.g. severity: warning)");
      }
      Severity severity = null;
      Boolean enabled = null;
      ObjectNode options = JsonNodeFactory.instance.objectNode();
      Map<String, Integer> keyLines = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        keyLines.put(key, lineOf(p.currentTokenLocation()));
        p.nextToken();
        switch (key) {
          case "severity" -> {
            try {
              severity = Severity.parse(p.getText());
            } catch (IllegalArgumentException e) {
              throw keyed(JsonMappingException.from(p, e.getMessage(), e), key);
            }
          }
          case "enabled" -> {
            if (!p.currentToken().isBoolean()) {
              throw keyed(JsonMappingException.from(p, "expected true or false"), key);
            }
            enabled = p.getBooleanValue();
          }
          default -> {
            JsonNode value = p.readValueAsTree();
            options.set(key, value);
          }
        }
      }
      return new RuleSettings(line, severity, enabled, options, new LinkedHashMap<>(keyLines));
    }

    private static JsonMappingException keyed(JsonMappingException e, String key) {
      e.prependPath(new JsonMappingException.Reference(null, key));
      return e;
    }
  }
}
