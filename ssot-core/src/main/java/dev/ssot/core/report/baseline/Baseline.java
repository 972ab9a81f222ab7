package dev.ssot.core.report.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.report.Json;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A baseline: the findings a team accepts for now, identified by fingerprint (rule id and symbolic
 * names, never line numbers), so moving or reformatting code keeps them matched while a new
 * duplicate or a renamed class is new. The file ({@code ssot-baseline.json}) is sorted and
 * deterministic so it diffs well in review:
 *
 * <pre>{@code
 * { "ssotBaseline" : 1,
 *   "findings" : [ { "fingerprint" : "…", "ruleId" : "duplicate-type",
 *                    "symbols" : [ "com.acme.b.B" ], "message" : "…" } ] }
 * }</pre>
 */
public record Baseline(List<Report.BaselineEntry> entries) {

  /** The file format version. */
  public static final int VERSION = 1;

  /** The default file name, at the analysed root. */
  public static final String FILE_NAME = "ssot-baseline.json";

  private static final Comparator<Report.BaselineEntry> ORDER =
      Comparator.comparing(Report.BaselineEntry::ruleId)
          .thenComparing(e -> String.join("\u0000", e.symbols()))
          .thenComparing(Report.BaselineEntry::fingerprint);

  public Baseline {
    entries = List.copyOf(entries);
  }

  /** The baseline that accepts exactly these findings: one entry per fingerprint, sorted. */
  public static Baseline of(List<Finding> findings) {
    Map<String, Report.BaselineEntry> byFingerprint = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byFingerprint.putIfAbsent(
          finding.fingerprint().value(),
          new Report.BaselineEntry(
              finding.fingerprint().value(),
              finding.rule().value(),
              finding.symbols(),
              finding.message()));
    }
    List<Report.BaselineEntry> entries = new ArrayList<>(byFingerprint.values());
    entries.sort(ORDER);
    return new Baseline(entries);
  }

  /**
   * Reads a baseline file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong when it is not a baseline
   * @throws IOException when it cannot be read
   */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // never the parser's message: it quotes the file, which may be anything (a secret)
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          file
              + ": not a baseline file (not valid JSON"
              + (line > 0 ? " at line " + line : "")
              + "; write one with 'ssot baseline')");
    }
    if (root == null
        || !root.isObject()
        || root.path("ssotBaseline").asInt() != VERSION
        || !root.path("findings").isArray()) {
      throw new IllegalArgumentException(
          file
              + ": not a baseline file (expected \"ssotBaseline\" : "
              + VERSION
              + " and a \"findings\" array; write one with 'ssot baseline')");
    }
    List<Report.BaselineEntry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : root.get("findings")) {
      String fingerprint = entry.path("fingerprint").asText("");
      if (!fingerprint.matches("[0-9a-f]{32}")) {
        throw new IllegalArgumentException(
            file + ": findings[" + index + "].fingerprint: expected 32 hex digits");
      }
      List<String> symbols = new ArrayList<>();
      entry.path("symbols").forEach(symbol -> symbols.add(symbol.asText()));
      entries.add(
          new Report.BaselineEntry(
              fingerprint,
              entry.path("ruleId").asText(""),
              symbols,
              entry.path("message").asText("")));
      index++;
    }
    return new Baseline(entries);
  }

  /** Writes the file: fixed key order, entries as held (sorted when made by {@link #of}). */
  public void write(Writer out) throws IOException {
    Json.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeNumberField("ssotBaseline", VERSION);
          json.writeArrayFieldStart("findings");
          for (Report.BaselineEntry entry : entries) {
            writeEntry(json, entry);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /**
   * Compares findings with this baseline: which of them it holds, and which of its entries match
   * nothing any more.
   */
  public Report.BaselineResult compare(List<Finding> findings, String file, boolean strict) {
    Set<String> current = new HashSet<>();
    findings.forEach(f -> current.add(f.fingerprint().value()));
    Set<String> unchanged = new HashSet<>();
    List<Report.BaselineEntry> stale = new ArrayList<>();
    for (Report.BaselineEntry entry : entries) {
      if (current.contains(entry.fingerprint())) {
        unchanged.add(entry.fingerprint());
      } else {
        stale.add(entry);
      }
    }
    return new Report.BaselineResult(file, unchanged, stale, strict);
  }

  /**
   * One baseline entry as a JSON object (fingerprint, rule id, symbols, message): the shape of the
   * baseline file's findings and of the JSON report's stale entries.
   */
  public static void writeEntry(JsonGenerator json, Report.BaselineEntry entry) throws IOException {
    json.writeStartObject();
    json.writeStringField("fingerprint", entry.fingerprint());
    json.writeStringField("ruleId", entry.ruleId());
    json.writeArrayFieldStart("symbols");
    for (String symbol : entry.symbols()) {
      json.writeString(symbol);
    }
    json.writeEndArray();
    json.writeStringField("message", entry.message());
    json.writeEndObject();
  }
}
