package dev.ssot.core.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Json;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDEs read. One run: the rules that ran
 * (sorted by id, with the rule's doc page as {@code help}), one result per finding with its
 * evidence as {@code relatedLocations}, and our fingerprint as {@code partialFingerprints} so
 * alerts stay the same alert across edits that move code. Paths are relative to {@code %SRCROOT%},
 * the analysed root; like the JSON report, the output holds no absolute path, so {@code %SRCROOT%}
 * is described but not given a URI (consumers resolve it against their checkout, as GitHub does).
 * Files that did not parse become tool execution notifications. With a baseline every result has a
 * {@code baselineState} ({@code unchanged} or {@code new}) and each stale baseline entry is a
 * notification.
 */
public final class SarifReportWriter implements ReportWriter {

  /** The {@code partialFingerprints} key: our fingerprint, version 1 of its definition. */
  public static final String FINGERPRINT_KEY = "ssot/v1";

  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String extension() {
    return "sarif";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    List<Report.RuleInfo> rules = new ArrayList<>(report.rules());
    rules.sort(Comparator.comparing(Report.RuleInfo::id));
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    Json.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA_URI);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          writeTool(json, report.tool(), rules);
          writeInvocation(json, report);
          json.writeObjectFieldStart("originalUriBaseIds");
          json.writeObjectFieldStart(SRCROOT);
          writeMessage(
              json,
              "description",
              "The analysed root (the PATH given to ssot check); every uri is relative to it.");
          json.writeEndObject();
          json.writeEndObject();
          json.writeStringField("columnKind", "utf16CodeUnits");
          json.writeArrayFieldStart("results");
          for (Finding finding : report.findings()) {
            writeResult(json, report, finding, ruleIndex);
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void writeTool(JsonGenerator json, Report.Tool tool, List<Report.RuleInfo> rules)
      throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", tool.name());
    json.writeStringField("version", tool.version());
    json.writeArrayFieldStart("rules");
    for (Report.RuleInfo rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      writeMessage(json, "shortDescription", rule.summary());
      if (rule.help() != null) {
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.help());
        json.writeStringField("markdown", rule.help());
        json.writeEndObject();
      }
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeStringField("category", rule.category());
      json.writeArrayFieldStart("tags");
      json.writeString(rule.category());
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeInvocation(JsonGenerator json, Report report) throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", true);
    json.writeArrayFieldStart("toolExecutionNotifications");
    if (report.baseline() != null) {
      for (Report.BaselineEntry entry : report.baseline().stale()) {
        json.writeStartObject();
        json.writeStringField("level", report.baseline().strict() ? "error" : "warning");
        writeMessage(
            json,
            "message",
            "baseline entry "
                + entry.fingerprint()
                + " ["
                + entry.ruleId()
                + "] "
                + String.join(", ", entry.symbols())
                + " matches nothing any more; remove it from "
                + report.baseline().file());
        json.writeObjectFieldStart("descriptor");
        json.writeStringField("id", "stale-baseline-entry");
        json.writeEndObject();
        json.writeEndObject();
      }
    }
    for (ParseProblem problem : report.parseProblems()) {
      json.writeStartObject();
      json.writeStringField("level", "warning");
      writeMessage(
          json, "message", "could not be parsed, the rest was analysed: " + problem.message());
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      writePhysicalLocation(json, new Location(problem.path(), problem.line(), 0));
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectFieldStart("descriptor");
      json.writeStringField("id", "parse-problem");
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeResult(
      JsonGenerator json, Report report, Finding finding, Map<String, Integer> ruleIndex)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.rule().value());
    Integer index = ruleIndex.get(finding.rule().value());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(finding.severity()));
    writeMessage(json, "message", finding.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    writePhysicalLocation(json, finding.location());
    json.writeEndObject();
    json.writeEndArray();
    List<Related> related = related(finding.evidence());
    if (!related.isEmpty()) {
      json.writeArrayFieldStart("relatedLocations");
      for (int i = 0; i < related.size(); i++) {
        json.writeStartObject();
        json.writeNumberField("id", i + 1);
        writePhysicalLocation(json, related.get(i).location());
        writeMessage(json, "message", related.get(i).message());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (report.baseline() != null) {
      json.writeStringField("baselineState", report.isBaselined(finding) ? "unchanged" : "new");
    }
    writeFix(json, finding);
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT_KEY, finding.fingerprint().value());
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("symbols");
    for (String symbol : finding.symbols()) {
      json.writeString(symbol);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * The finding's import rewrite as a SARIF fix (one artifact change with its replacements), when
   * one is available.
   */
  private static void writeFix(JsonGenerator json, Finding finding) throws IOException {
    if (finding.fix() == null || !finding.fix().available()) {
      return;
    }
    json.writeArrayFieldStart("fixes");
    json.writeStartObject();
    writeMessage(
        json,
        "description",
        "import "
            + finding.move().replacement()
            + (finding.fix().safe() ? "" : " (unsafe: " + finding.fix().reason() + ")"));
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(finding.fix().edits().get(0).path()));
    json.writeStringField("uriBaseId", SRCROOT);
    json.writeEndObject();
    json.writeArrayFieldStart("replacements");
    for (dev.ssot.core.finding.Edit edit : finding.fix().edits()) {
      json.writeStartObject();
      json.writeObjectFieldStart("deletedRegion");
      json.writeNumberField("startLine", edit.startLine());
      json.writeNumberField("startColumn", edit.startColumn());
      json.writeNumberField("endLine", edit.endLine());
      json.writeNumberField("endColumn", edit.endColumn());
      json.writeEndObject();
      json.writeObjectFieldStart("insertedContent");
      json.writeStringField("text", edit.replacement());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private record Related(Location location, String message) {}

  /** Every place the evidence names, each with a message saying what it shows. */
  private static List<Related> related(List<Evidence> evidence) {
    List<Related> related = new ArrayList<>();
    for (Evidence item : evidence) {
      if (item instanceof Evidence.CycleEdge edge) {
        List<Location> places =
            edge.locations().isEmpty() ? List.of(edge.location()) : edge.locations();
        for (int i = 0; i < places.size(); i++) {
          String more =
              i == places.size() - 1 && edge.omitted() > 0
                  ? " (" + edge.omitted() + " more omitted)"
                  : "";
          related.add(
              new Related(places.get(i), "cycle edge " + edge.from() + " -> " + edge.to() + more));
        }
      } else if (item instanceof Evidence.SuggestedCut cut) {
        related.add(
            new Related(
                cut.location(),
                "suggested cut: "
                    + cut.from()
                    + " -> "
                    + cut.to()
                    + " ("
                    + cut.weight()
                    + (cut.weight() == 1 ? " import/reference)" : " imports/references)")));
      } else if (item instanceof Evidence.Definition definition) {
        related.add(new Related(definition.location(), "definition: " + definition.type()));
      } else if (item instanceof Evidence.ImportOf importOf) {
        related.add(new Related(importOf.location(), "import: " + importOf.name()));
      } else if (item instanceof Evidence.ReExport reExport) {
        related.add(
            new Related(
                reExport.location(),
                "re-export: "
                    + reExport.from()
                    + " -> "
                    + reExport.to()
                    + " ("
                    + reExport.reason()
                    + ")"));
      } else if (item instanceof Evidence.AlsoFlagged also) {
        related.add(new Related(also.location(), "also " + also.rule() + ": " + also.message()));
      } else if (item instanceof Evidence.Likeness likeness) {
        related.add(new Related(likeness.location(), "likeness: " + likeness.summary()));
      } else if (item instanceof Evidence.CycleEntry) {
        related.add(
            new Related(
                item.location(), dev.ssot.core.report.text.TextReportWriter.describe(item)));
      } else {
        related.add(new Related(item.location(), item.kind()));
      }
    }
    return related;
  }

  private static void writePhysicalLocation(JsonGenerator json, Location location)
      throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(location.path()));
    json.writeStringField("uriBaseId", SRCROOT);
    json.writeEndObject();
    if (location.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", location.line());
      if (location.column() > 0) {
        json.writeNumberField("startColumn", location.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeMessage(JsonGenerator json, String field, String text)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** SARIF levels: {@code error}, {@code warning}, {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** See {@link dev.ssot.core.report.ReportPaths#uri}. */
  static String uri(String path) {
    return dev.ssot.core.report.ReportPaths.uri(path);
  }
}
