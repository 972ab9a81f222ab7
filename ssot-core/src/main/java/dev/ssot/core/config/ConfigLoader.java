package dev.ssot.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
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
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code ssot.yaml} / {@code ssot.yml} / {@code ssot.json}. Unknown keys and bad values are
 * errors naming the key, the file and the line; so are duplicate keys, a second YAML document, null
 * list entries, empty affixes, empty or invalid globs and two concepts with one name. A file larger
 * than {@link #MAX_BYTES} is refused before it is parsed. Errors never quote the text of a file
 * that is not valid YAML or JSON: they give its line and a fixed description.
 */
public final class ConfigLoader {

  /** The largest config file read: 1 MB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private ConfigLoader() {}

  /**
   * Finds the config file in a directory, if any: the first of {@link
   * SsotConfig#DEFAULT_FILE_NAMES} that exists, else the first of the embedded config files that
   * exists and has its table.
   *
   * @param embedded other tools' project files that may hold the config, in order
   */
  public static Optional<Path> findIn(Path directory, List<EmbeddedConfigFile> embedded) {
    for (String name : SsotConfig.DEFAULT_FILE_NAMES) {
      Path candidate = directory.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    for (EmbeddedConfigFile file : embedded) {
      Path candidate = directory.resolve(file.fileName());
      if (Files.isRegularFile(candidate) && hasTable(candidate, file)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the config of a tree the way Ruff does: the nearest config file ({@link #findIn}) in
   * {@code start} or a directory above it, up to the top of the repository (a directory holding
   * {@code .git}) or the file system's root.
   *
   * @param embedded other tools' project files that may hold the config, in order
   */
  public static Optional<Path> discover(Path start, List<EmbeddedConfigFile> embedded) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Optional<Path> found = findIn(dir, embedded);
      if (found.isPresent()) {
        return found;
      }
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether an embedded config file has its table (or a sub-table of it). */
  static boolean hasTable(Path path, EmbeddedConfigFile file) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        return true; // refused with a clear message when loaded
      }
      String text = Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
      return file.headerPattern().matcher(text).find();
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Loads and validates one config file of the project in the file's directory, with no language
   * sections: the files it names must lie in that directory.
   */
  public static SsotConfig load(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return load(
        file, List.of(parent == null ? Path.of("").toAbsolutePath() : parent), java.util.Set.of());
  }

  /**
   * Loads and validates one config file that is not embedded in another tool's file. The files it
   * names must lie inside one of {@code trustedRoots}: see {@link #load(Path, List, java.util.Set,
   * List)}.
   */
  public static SsotConfig load(
      Path file, List<Path> trustedRoots, java.util.Set<String> languageSections) {
    return load(file, trustedRoots, languageSections, List.of());
  }

  /**
   * Loads and validates one config file. The files it names ({@code baseline}, a language's {@code
   * roots}) must lie inside one of {@code trustedRoots} once symlinks are resolved, so a config
   * committed to a repository cannot make ssot read files outside it.
   *
   * @param trustedRoots the project root first (named in errors), then any other allowed directory
   * @param languageSections the top-level keys that are language sections ({@code <id>: {roots:
   *     …}}), one per installed language front end
   * @param embedded other tools' project files that may hold the config: a file of one of their
   *     names is read as TOML, from its table
   */
  public static SsotConfig load(
      Path file,
      List<Path> trustedRoots,
      java.util.Set<String> languageSections,
      List<EmbeddedConfigFile> embedded) {
    String name = file.getFileName().toString();
    for (EmbeddedConfigFile toml : embedded) {
      if (!name.equals(toml.fileName())) {
        continue;
      }
      byte[] content = readLimited(file);
      try {
        return load(file, content, trustedRoots, languageSections, toml);
      } catch (ConfigException e) {
        if (e.line() > 0 || e.key() == null) {
          throw e;
        }
        // a TOML tree has no positions: find the key's line in the file
        throw new ConfigException(
            file, TomlLines.lineOf(content, toml.table(), e.key()), e.key(), e.problem());
      }
    }
    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      List<String> types = new ArrayList<>(List.of(".yaml", ".yml", ".json"));
      embedded.forEach(toml -> types.add(toml.fileName() + " with " + toml.header()));
      throw new ConfigException(
          file,
          0,
          null,
          "unsupported config file type (use "
              + String.join(", ", types.subList(0, types.size() - 1))
              + " or "
              + types.get(types.size() - 1)
              + ")");
    }
    return load(file, readLimited(file), trustedRoots, languageSections, null);
  }

  private static SsotConfig load(
      Path file,
      byte[] content,
      List<Path> trustedRoots,
      java.util.Set<String> languageSections,
      EmbeddedConfigFile toml) {
    String name = file.getFileName().toString();
    ObjectMapper mapper;
    if (toml != null) {
      mapper = configure(JsonMapper.builder());
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = configure(YAMLMapper.builder());
    } else {
      mapper = configure(JsonMapper.builder());
    }
    RawConfig raw;
    try {
      if (toml != null) {
        JsonNode section = table(file, content, toml);
        raw = section.isEmpty() ? null : mapper.treeToValue(section, RawConfig.class);
      } else {
        raw = content.length == 0 ? null : mapper.readValue(content, RawConfig.class);
      }
    } catch (InvalidNullException e) {
      throw new ConfigException(
          file,
          lineOf(e.getLocation()),
          keyPath(e),
          "empty entry (~ or null); remove it or give a value");
    } catch (MismatchedInputException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (message.startsWith("No content to map")) {
        raw = null; // nothing but comments
      } else if (message.startsWith("Trailing token")) {
        throw secondDocument(file, mapper, content, lineOf(e.getLocation()));
      } else if (e instanceof UnrecognizedPropertyException unknown) {
        throw unknownKey(file, content, unknown);
      } else {
        throw new ConfigException(file, lineOf(e.getLocation()), keyPath(e), describe(e));
      }
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonProcessingException syntax
          && !(syntax instanceof JsonMappingException)) {
        throw syntaxError(file, mapper, syntax);
      }
      throw new ConfigException(file, lineOf(e.getLocation()), keyPath(e), describe(e));
    } catch (JsonProcessingException e) {
      throw syntaxError(file, mapper, e);
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot read config file: " + reason(e));
    }
    if (raw == null) {
      return new SsotConfig(
          file, List.of(), List.of(), Map.of(), null, List.of(), null, null, null, Map.of());
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
            file, line, key, "unknown key" + Suggestions.hint(key, known, "known keys here"));
      }
      try {
        LanguageSection section = mapper.treeToValue(entry.getValue(), LanguageSection.class);
        languages.put(key, new LanguageSettings(section == null ? null : section.roots()));
      } catch (UnrecognizedPropertyException e) {
        throw new ConfigException(
            file,
            lineOfKey(content, e.getPropertyName(), 0),
            key + "." + e.getPropertyName(),
            "unknown key"
                + Suggestions.hint(e.getPropertyName(), List.of("roots"), "known keys here"));
      } catch (JsonMappingException e) {
        String path = keyPath(e);
        throw new ConfigException(file, line, path.isEmpty() ? key : key + "." + path, describe(e));
      } catch (JsonProcessingException e) {
        throw new ConfigException(file, line, key, "syntax error: " + e.getOriginalMessage());
      }
    }
    List<ConceptDeclaration> concepts = new ArrayList<>();
    Map<String, ConceptDeclaration> byName = new HashMap<>();
    if (raw.concepts != null) {
      for (ConceptDeclaration concept : raw.concepts) {
        ConceptDeclaration first = byName.putIfAbsent(concept.name(), concept);
        if (first != null) {
          throw new ConfigException(
              file,
              concept.declaredAt().line(),
              concept.key() + ".name",
              "a second concept named "
                  + quote(concept.name())
                  + " (the first is "
                  + first.key()
                  + ", line "
                  + first.declaredAt().line()
                  + ")");
        }
        concepts.add(
            new ConceptDeclaration(
                concept.name(),
                concept.canonical(),
                concept.importPath(),
                concept.members(),
                concept.factory(),
                new Location(
                    file.toString(),
                    toml != null
                        ? TomlLines.lineOf(content, toml.table(), concept.key())
                        : concept.declaredAt().line(),
                    0),
                concept.key()));
      }
    }
    Map<String, RuleSettings> rules =
        raw.rules == null
            ? Map.of()
            : toml != null ? tomlLines(raw.rules, content, toml.table()) : raw.rules;
    if (raw.imports != null && raw.imports.banned != null && !raw.imports.banned.isEmpty()) {
      rules = withBannedImports(file, content, rules, raw.imports.banned);
    }
    List<String> affixes = null;
    if (raw.inference != null) {
      affixes =
          new ArrayList<>(
              raw.inference.affixes != null ? raw.inference.affixes : SsotConfig.DEFAULT_AFFIXES);
      if (raw.inference.extraAffixes != null) {
        affixes.addAll(raw.inference.extraAffixes);
      }
    }
    Path base = file.toAbsolutePath().getParent();
    Path baseline = null;
    if (raw.baseline != null && !raw.baseline.isBlank()) {
      String written = raw.baseline.strip();
      baseline = base.resolve(written).normalize();
      if (!inside(baseline, trustedRoots)) {
        throw outside(
            file,
            lineOfKey(content, "baseline", 0),
            "baseline",
            written,
            trustedRoots,
            "; a baseline elsewhere is read only when named on the command line (--baseline)");
      }
    }
    for (Map.Entry<String, LanguageSettings> language : languages.entrySet()) {
      List<String> roots = language.getValue().roots();
      for (int i = 0; i < roots.size(); i++) {
        // relative to the analysed root, so a config kept outside the tree can name roots in it
        if (!inside(trustedRoots.get(0).resolve(roots.get(i)).normalize(), trustedRoots)) {
          throw outside(
              file,
              lineOfKey(content, "roots", 0),
              language.getKey() + ".roots[" + i + "]",
              roots.get(i),
              trustedRoots,
              "");
        }
      }
    }
    return new SsotConfig(
        file,
        orEmpty(raw.include),
        orEmpty(raw.exclude),
        rules,
        raw.failOn,
        concepts,
        affixes,
        raw.inference == null ? null : raw.inference.minSharedMembers(),
        baseline,
        languages);
  }

  /** The rule that reads the banned prefixes, and its option that holds them. */
  static final String BANNED_IMPORT_RULE = "banned-import";

  private static final String BANNED_IMPORT_OPTION = "prefixes";

  /**
   * Reads the older top-level {@code imports.banned} list into the options of the {@code
   * banned-import} rule, as if it were written under {@code rules.banned-import.prefixes}; config
   * that gives both is an error.
   */
  private static Map<String, RuleSettings> withBannedImports(
      Path file, byte[] content, Map<String, RuleSettings> rules, List<BannedImport> banned) {
    int line = lineOfKey(content, "banned", 0);
    RuleSettings settings = rules.get(BANNED_IMPORT_RULE);
    if (settings != null && settings.options().has(BANNED_IMPORT_OPTION)) {
      throw new ConfigException(
          file,
          line,
          "imports.banned",
          "banned prefixes are given twice; keep them under rules."
              + BANNED_IMPORT_RULE
              + "."
              + BANNED_IMPORT_OPTION
              + " and remove imports.banned");
    }
    ObjectNode options =
        settings == null ? JsonNodeFactory.instance.objectNode() : settings.options().deepCopy();
    ArrayNode prefixes = options.putArray(BANNED_IMPORT_OPTION);
    for (BannedImport entry : banned) {
      prefixes.addObject().put("prefix", entry.prefix()).put("reason", entry.reason());
    }
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    if (settings != null) {
      keyLines.putAll(settings.keyLines());
    }
    keyLines.put(BANNED_IMPORT_OPTION, line);
    Map<String, RuleSettings> merged = new LinkedHashMap<>(rules);
    merged.put(
        BANNED_IMPORT_RULE,
        new RuleSettings(
            settings == null ? line : settings.line(),
            settings == null ? null : settings.severity(),
            settings == null ? null : settings.enabled(),
            options,
            keyLines));
    return merged;
  }

  /**
   * The table of an embedded config file, read with Jackson's TOML reader (TOML 1.0: duplicate keys
   * and tables are syntax errors there).
   */
  private static JsonNode table(Path file, byte[] content, EmbeddedConfigFile toml) {
    JsonNode document;
    try {
      document =
          com.fasterxml.jackson.dataformat.toml.TomlMapper.builder()
              .build()
              .readTree(new String(content, java.nio.charset.StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String what =
          message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")
              ? "a key or table defined twice (TOML allows each once)"
              : "not valid TOML (check the quotes, brackets and '=' on this line)";
      int line = lineOf(e.getLocation());
      if (message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")
          && e.getLocation() != null
          && e.getLocation().getColumnNr() <= 1
          && line > 1) {
        line--; // the reader reports the position after the key's line
      }
      throw new ConfigException(file, line, null, "syntax error: " + what);
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot read config file: " + reason(e));
    }
    JsonNode section = document;
    for (String name : toml.tablePath()) {
      section = section == null ? null : section.get(name);
    }
    if (section == null) {
      throw new ConfigException(
          file,
          0,
          null,
          "no " + toml.header() + " table: put ssot's settings under " + toml.header());
    }
    if (!section.isObject()) {
      throw new ConfigException(
          file, 0, toml.table(), "expected a table (" + toml.header() + "), not a single value");
    }
    return section;
  }

  /** Rule settings read from TOML, with the lines of their keys found in the file. */
  private static Map<String, RuleSettings> tomlLines(
      Map<String, RuleSettings> rules, byte[] content, String table) {
    Map<String, RuleSettings> lined = new LinkedHashMap<>();
    rules.forEach(
        (id, settings) -> {
          Map<String, Integer> keyLines = new HashMap<>();
          settings
              .keyLines()
              .keySet()
              .forEach(
                  key ->
                      keyLines.put(
                          key, TomlLines.lineOf(content, table, "rules." + id + "." + key)));
          lined.put(
              id,
              new RuleSettings(
                  TomlLines.lineOf(content, table, "rules." + id),
                  settings.severity(),
                  settings.enabled(),
                  settings.options(),
                  keyLines));
        });
    return lined;
  }

  private static ConfigException outside(
      Path file, int line, String key, String written, List<Path> trustedRoots, String hint) {
    return new ConfigException(
        file,
        line,
        key,
        quote(written) + " is outside the project root (" + trustedRoots.get(0) + ")" + hint);
  }

  /** Whether {@code path}, symlinks resolved, lies in one of {@code roots} (symlinks resolved). */
  static boolean inside(Path path, List<Path> roots) {
    Path real = real(path.toAbsolutePath().normalize(), 0);
    for (Path root : roots) {
      if (real != null && real.startsWith(real(root.toAbsolutePath().normalize(), 0))) {
        return true;
      }
    }
    return false;
  }

  /** The path with every symlink resolved; a missing tail is appended to its real parent. */
  private static Path real(Path path, int depth) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      Path parent = path.getParent();
      if (parent == null || depth > 256) {
        return path;
      }
      Path realParent = real(parent, depth + 1);
      return realParent == null ? null : realParent.resolve(path.getFileName());
    }
  }

  private static ConfigException secondDocument(
      Path file, ObjectMapper mapper, byte[] content, int line) {
    if (mapper instanceof YAMLMapper) {
      return new ConfigException(
          file,
          documentMarkerBefore(content, line),
          null,
          "a second YAML document ('---'): a config file holds one document; remove the marker"
              + " or the second document");
    }
    return new ConfigException(
        file, line, null, "a second value after the configuration: a config file holds one object");
  }

  private static ConfigException unknownKey(
      Path file, byte[] content, UnrecognizedPropertyException e) {
    List<String> known =
        e.getKnownPropertyIds() == null
            ? List.of()
            : e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
    int line = lineOfKey(content, e.getPropertyName(), lineOf(e.getLocation()));
    return new ConfigException(
        file,
        line,
        unknownKeyPath(e),
        "unknown key" + Suggestions.hint(e.getPropertyName(), known, "known keys here"));
  }

  /** The key path of an unknown key, ending in the key itself ({@code concepts[0].canonicall}). */
  static String unknownKeyPath(UnrecognizedPropertyException e) {
    String path = keyPath(e);
    String name = e.getPropertyName();
    if (name == null || path.equals(name) || path.endsWith("." + name)) {
      return path;
    }
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * The file's bytes, refused when larger than {@link #MAX_BYTES}: checked on the size first, then
   * while reading (a file that grows meanwhile is refused too), so a huge file is never parsed.
   */
  private static byte[] readLimited(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(file, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
          throw tooLarge(file, Math.max(size, content.length));
        }
        return content;
      }
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, null, "config file not found");
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot read config file: " + reason(e));
    }
  }

  private static ConfigException tooLarge(Path file, long size) {
    return new ConfigException(
        file, 0, null, "config file too large (" + size + " bytes; the limit is 1 MB)");
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }

  /**
   * A parse error: a duplicate key names the key; anything else gets its line and a fixed
   * description, never the parser's message, which may quote the file.
   */
  private static ConfigException syntaxError(
      Path file, ObjectMapper mapper, JsonProcessingException e) {
    int line = lineOf(e.getLocation());
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Duplicate field '") && e.getProcessor() instanceof JsonParser parser) {
      return new ConfigException(
          file, line, contextPath(parser.getParsingContext()), "duplicate key");
    }
    String format = mapper instanceof YAMLMapper ? "YAML" : "JSON";
    return new ConfigException(
        file,
        line,
        null,
        "syntax error: not valid "
            + format
            + " (check the quotes, brackets, colons and indentation on this line and the one"
            + " before)");
  }

  /** The dotted key path of a parser's position ({@code rules.import-cycle.severity}). */
  private static String contextPath(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        parts.add(0, "." + at.getCurrentName());
      } else if (at.inArray()) {
        parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** The line of the last YAML document marker ({@code ---}) at or before {@code line}. */
  private static int documentMarkerBefore(byte[] content, int line) {
    String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    int found = line;
    for (int i = 0; i < lines.length && (line <= 0 || i < line); i++) {
      if (lines[i].matches("(---|\\.\\.\\.)(\\s.*)?\\r?")) {
        found = i + 1;
      }
    }
    return found;
  }

  /**
   * What is wrong with a glob over paths or names, or null when it is fine: empty, or not a valid
   * {@link java.nio.file.FileSystem#getPathMatcher glob}.
   */
  public static String globProblem(String glob) {
    if (glob == null || glob.isBlank()) {
      return "empty glob";
    }
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (glob.startsWith("**/")) {
        FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
      }
      return null;
    } catch (PatternSyntaxException e) {
      String description = e.getDescription() == null ? "" : e.getDescription().strip();
      if (description.matches(".*'[\\]}]")) {
        description += "'"; // "Missing ']" -> "missing ']'"
      }
      if (!description.isEmpty()) {
        description = Character.toLowerCase(description.charAt(0)) + description.substring(1);
      }
      return "invalid glob "
          + quote(glob)
          + ": "
          + description
          + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : "");
    }
  }

  /**
   * A value quoted for an error message: at most 80 characters, control and format characters
   * (newlines, escapes, bidirectional overrides) shown as a backslash, {@code u} and four hex
   * digits.
   */
  static String quote(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      if (shown == 80) {
        out.append("…");
        break;
      }
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
      shown++;
    }
    return out.append('\'').toString();
  }

  private static ObjectMapper configure(
      com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withConfigOverride(
            List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
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
        List<String> constants =
            java.util.Arrays.stream(target.getEnumConstants())
                .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                .toList();
        return "bad value "
            + quote(invalid.getValue())
            + " (expected one of: "
            + String.join(", ", constants)
            + ")"
            + Suggestions.closest(String.valueOf(invalid.getValue()), constants)
                .map(c -> "; did you mean " + quote(c) + "?")
                .orElse("");
      }
      return "bad value " + quote(invalid.getValue()) + " (expected " + simpleType(target) + ")";
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
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + expectedOf(mismatch.getTargetType()) + found(message);
    }
    return withoutInternals(message);
  }

  /** What a value of a bound type looks like, in the config's own words. */
  private static String expectedOf(Class<?> type) {
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || type == RawConfig.class) {
      return "a mapping of keys to values";
    }
    if (type == String.class) {
      return "text";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class) {
      return "a number";
    }
    return simpleType(type);
  }

  /** {@code ", not a list"} from Jackson's "… from Array value" wording, or "". */
  private static String found(String message) {
    if (message.contains("from Array value")) {
      return ", not a list";
    }
    if (message.contains("from Object value")) {
      return ", not a mapping";
    }
    if (message.contains("from String value") || message.contains("from Integer value")) {
      return ", not a single value";
    }
    return "";
  }

  /**
   * A message with Java type names and Jackson's hints removed: the last resort, so an error never
   * shows a class of ssot's or the JDK's.
   */
  static String withoutInternals(String message) {
    String text =
        message
            .replaceAll("`[^`]*`", "this value")
            .replaceAll("\\((?:through reference chain|for Object starting|Source:)[^)]*\\)", "")
            .replaceAll("\\b(?:[a-z]+\\.)+[A-Z][\\w$]*", "value")
            .replaceAll("\\b\\w*Exception\\b", "error")
            .strip();
    return text.isEmpty() ? "bad value" : text;
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
        @JsonProperty("include") @JsonDeserialize(contentUsing = GlobDeserializer.class)
            List<String> include,
        @JsonProperty("exclude") @JsonDeserialize(contentUsing = GlobDeserializer.class)
            List<String> exclude,
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
                "roots must be directories relative to the analysed root, was '" + root + "'");
          }
        }
      }
    }
  }

  /** {@code imports:} */
  record Imports(
      @JsonProperty("banned") @JsonDeserialize(contentUsing = BannedImportDeserializer.class)
          List<BannedImport> banned) {}

  /** One {@code imports.banned} entry: {@code prefix} and an optional {@code reason}. */
  static final class BannedImportDeserializer extends JsonDeserializer<BannedImport> {
    private static final List<String> KEYS = List.of("prefix", "reason");

    @Override
    public BannedImport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new BannedImport(p.getText(), null); // the prefix alone
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(p, "expected a mapping with prefix and reason");
      }
      Map<String, String> values = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEYS.contains(key)) {
          throw new UnrecognizedPropertyException(
              p,
              "unknown key",
              p.currentLocation(),
              BannedImport.class,
              key,
              new ArrayList<>(KEYS));
        }
        p.nextToken();
        values.put(key, scalar(p));
      }
      try {
        return new BannedImport(values.get("prefix"), values.get("reason"));
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }

  /** {@code inference:} — how concepts are inferred from names. */
  record Inference(
      @JsonProperty("affixes") @JsonDeserialize(contentUsing = AffixDeserializer.class)
          List<String> affixes,
      @JsonProperty("extraAffixes") @JsonDeserialize(contentUsing = AffixDeserializer.class)
          List<String> extraAffixes,
      @JsonProperty("minSharedMembers") Double minSharedMembers) {
    Inference {
      if (minSharedMembers != null && (minSharedMembers < 0 || minSharedMembers > 1)) {
        throw new IllegalArgumentException(
            "minSharedMembers must be between 0 and 1, was " + minSharedMembers);
      }
    }
  }

  /** One text of a list: a scalar, with its line in errors. */
  private static String scalar(JsonParser p) throws IOException {
    if (!p.currentToken().isScalarValue()) {
      throw JsonMappingException.from(
          p,
          "expected text, not a "
              + (p.currentToken() == JsonToken.START_ARRAY ? "list" : "mapping"));
    }
    return p.getText();
  }

  /** One include/exclude glob: not empty, and a valid glob. */
  static final class GlobDeserializer extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String glob = scalar(p);
      String problem = globProblem(glob);
      if (problem != null) {
        throw JsonMappingException.from(p, problem);
      }
      return glob;
    }
  }

  /** One affix: at least one character (an empty affix would be stripped forever). */
  static final class AffixDeserializer extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String affix = scalar(p);
      if (affix.isBlank()) {
        throw JsonMappingException.from(p, "empty affix (an affix has at least one character)");
      }
      return affix.strip();
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
      List<String> members = new ArrayList<>();
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
        if (key.equals("members")) {
          readMembers(p, members);
        } else {
          values.put(key, ctxt.readTree(p));
        }
      }
      String name = text(p, values, "name", true);
      String canonical = text(p, values, "canonical", true);
      return new ConceptDeclaration(
          name,
          canonical,
          text(p, values, "import", false),
          members,
          text(p, values, "factory", false),
          new Location("", line, 0),
          "concepts[" + index + "]");
    }

    /** {@code members:}: one glob or a list of them, each checked where it is written. */
    private static void readMembers(JsonParser p, List<String> members) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        members.add(member(p, -1));
        return;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw keyed(
            JsonMappingException.from(p, "expected a list of simple-name globs"), "members");
      }
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        members.add(member(p, index++));
      }
    }

    private static String member(JsonParser p, int index) throws IOException {
      String problem;
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        problem = "empty entry (~ or null); remove it or give a value";
      } else if (!p.currentToken().isScalarValue()) {
        problem = "expected a simple-name glob, not a list or mapping";
      } else {
        problem = globProblem(p.getText());
      }
      if (problem == null) {
        return p.getText().strip();
      }
      JsonMappingException e = JsonMappingException.from(p, problem);
      if (index >= 0) {
        e.prependPath(new JsonMappingException.Reference(null, index));
      }
      return throwKeyed(e, "members");
    }

    private static String throwKeyed(JsonMappingException e, String key)
        throws JsonMappingException {
      throw keyed(e, key);
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
        throw JsonMappingException.from(
            p,
            e.getMessage()
                + Suggestions.closest(
                        String.valueOf(text), List.of("error", "warning", "info", "never"))
                    .map(c -> "; did you mean " + quote(c) + "?")
                    .orElse(""));
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
              String hint =
                  Suggestions.closest(p.getText(), List.of("error", "warning", "info"))
                      .map(c -> "; did you mean " + quote(c) + "?")
                      .orElse("");
              throw keyed(JsonMappingException.from(p, e.getMessage() + hint), key);
            }
          }
          case "enabled" -> {
            if (!p.currentToken().isBoolean()) {
              throw keyed(JsonMappingException.from(p, "expected true or false"), key);
            }
            enabled = p.getBooleanValue();
          }
          default -> {
            JsonNode value = ctxt.readTree(p);
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
