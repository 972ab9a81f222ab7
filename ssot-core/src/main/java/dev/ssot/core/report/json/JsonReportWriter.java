package dev.ssot.core.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SkippedPath;
import dev.ssot.core.report.Json;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.baseline.Baseline;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON report, schema version 1 (see {@code docs/report-format.md}). Keys are written in a
 * fixed order and maps sorted, so the same tree gives byte-identical output apart from {@code
 * timing}. With a baseline, each finding has a {@code baselineState} and a top-level {@code
 * baseline} object counts new and baselined findings and lists stale entries.
 */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    Json.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeNumberField("schemaVersion", report.schemaVersion());
          json.writeObjectFieldStart("tool");
          json.writeStringField("name", report.tool().name());
          json.writeStringField("version", report.tool().version());
          json.writeEndObject();
          if (report.config() != null) {
            json.writeStringField("config", report.config());
          }
          json.writeArrayFieldStart("rules");
          for (Report.RuleInfo rule : report.rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("summary", rule.summary());
            json.writeStringField("severity", rule.severity().id());
            json.writeStringField("category", rule.category());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("findings");
          for (Finding finding : report.findings()) {
            writeFinding(json, report, finding);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("parseProblems");
          for (ParseProblem problem : report.parseProblems()) {
            json.writeStartObject();
            json.writeStringField("path", problem.path());
            json.writeNumberField("line", problem.line());
            json.writeStringField("message", problem.message());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("skipped");
          for (SkippedPath skipped : report.skipped()) {
            json.writeStartObject();
            json.writeStringField("path", skipped.path());
            json.writeStringField("kind", skipped.kind().id());
            json.writeStringField("reason", skipped.reason().id());
            json.writeEndObject();
          }
          json.writeEndArray();
          if (!report.moduleRoots().isEmpty()) {
            json.writeArrayFieldStart("moduleRoots");
            for (dev.ssot.core.model.ModuleRoot moduleRoot : report.moduleRoots()) {
              json.writeStartObject();
              json.writeStringField("language", moduleRoot.language());
              json.writeStringField("directory", moduleRoot.directory());
              json.writeStringField("root", moduleRoot.root());
              json.writeStringField("layoutRoot", moduleRoot.layoutRoot());
              json.writeNumberField("files", moduleRoot.files());
              json.writeStringField("reason", moduleRoot.reason());
              json.writeEndObject();
            }
            json.writeEndArray();
          }
          json.writeArrayFieldStart("concepts");
          for (Report.ConceptSummary concept : report.concepts()) {
            writeConcept(json, concept);
          }
          json.writeEndArray();
          writeCopiedDirectories(json, report);
          writeSummary(json, report.summary());
          writeBaseline(json, report);
          json.writeObjectFieldStart("timing");
          for (Map.Entry<String, Long> entry : new TreeMap<>(report.timing()).entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
          }
          json.writeEndObject();
          json.writeEndObject();
        });
  }

  /** Only when there are any, so a tree without copies reports as it always did. */
  private static void writeCopiedDirectories(JsonGenerator json, Report report) throws IOException {
    if (report.copiedDirectories().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("copiedDirectories");
    for (Report.CopiedDirectory copy : report.copiedDirectories()) {
      json.writeStartObject();
      json.writeStringField("path", copy.path());
      json.writeStringField("copyOf", copy.copyOf());
      json.writeNumberField("files", copy.files());
      json.writeNumberField("copiedFiles", copy.copiedFiles());
      json.writeNumberField("findings", copy.findings());
      json.writeStringField("exclude", copy.exclude());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeFinding(JsonGenerator json, Report report, Finding finding)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.rule().value());
    json.writeStringField("severity", finding.severity().id());
    json.writeStringField("message", finding.message());
    writeLocation(json, "location", finding.location());
    json.writeArrayFieldStart("symbols");
    for (String symbol : finding.symbols()) {
      json.writeString(symbol);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("evidence");
    for (Evidence evidence : finding.evidence()) {
      writeEvidence(json, evidence);
    }
    json.writeEndArray();
    writeEntryPoints(json, finding);
    json.writeStringField("fingerprint", finding.fingerprint().value());
    writeFix(json, finding);
    if (report.baseline() != null) {
      json.writeStringField("baselineState", report.isBaselined(finding) ? "unchanged" : "new");
    }
    json.writeEndObject();
  }

  /**
   * For a finding that asks for another import path: the replacement, the path as written, what
   * each binds, whether a fix is available and safe, why not, and its edits.
   */
  private static void writeFix(JsonGenerator json, Finding finding) throws IOException {
    if (finding.move() == null || finding.fix() == null) {
      return;
    }
    json.writeObjectFieldStart("fix");
    json.writeBooleanField("available", finding.fix().available());
    json.writeBooleanField("safe", finding.fix().safe());
    json.writeStringField("replacement", finding.move().replacement());
    json.writeStringField("written", finding.move().written());
    if (finding.move().boundBefore() != null) {
      json.writeStringField("bindsBefore", finding.move().boundBefore());
    }
    if (finding.move().boundAfter() != null) {
      json.writeStringField("bindsAfter", finding.move().boundAfter());
    }
    if (finding.fix().reason() != null) {
      json.writeStringField("reason", finding.fix().reason());
    }
    json.writeArrayFieldStart("edits");
    for (dev.ssot.core.finding.Edit edit : finding.fix().edits()) {
      json.writeStartObject();
      json.writeStringField("path", edit.path());
      json.writeObjectFieldStart("start");
      json.writeNumberField("line", edit.startLine());
      json.writeNumberField("column", edit.startColumn());
      json.writeNumberField("offset", edit.start());
      json.writeEndObject();
      json.writeObjectFieldStart("end");
      json.writeNumberField("line", edit.endLine());
      json.writeNumberField("column", edit.endColumn());
      json.writeNumberField("offset", edit.end());
      json.writeEndObject();
      json.writeStringField("replacement", edit.replacement());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * The comparison with a baseline, only when one was used: counts, and the entries that match
   * nothing any more. The file name is left out, like every path outside the analysed tree.
   */
  private static void writeBaseline(JsonGenerator json, Report report) throws IOException {
    Report.BaselineResult baseline = report.baseline();
    if (baseline == null) {
      return;
    }
    int fresh = report.newFindings().size();
    json.writeObjectFieldStart("baseline");
    json.writeNumberField("newFindings", fresh);
    json.writeNumberField("baselined", report.findings().size() - fresh);
    json.writeBooleanField("strict", baseline.strict());
    json.writeArrayFieldStart("stale");
    for (Report.BaselineEntry entry : baseline.stale()) {
      Baseline.writeEntry(json, entry);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * For an import-time cycle whose loading was replayed: whether it breaks, and which members fail
   * when imported first ({@code entryPoints}, sorted) — the same facts as its {@code cycle-entry}
   * evidence, at the finding's top level.
   */
  private static void writeEntryPoints(JsonGenerator json, Finding finding) throws IOException {
    List<Evidence.CycleEntry> entries =
        finding.evidence().stream()
            .filter(Evidence.CycleEntry.class::isInstance)
            .map(Evidence.CycleEntry.class::cast)
            .toList();
    if (entries.isEmpty()) {
      return;
    }
    json.writeBooleanField("breaks", entries.stream().anyMatch(Evidence.CycleEntry::breaks));
    json.writeArrayFieldStart("entryPoints");
    for (Evidence.CycleEntry entry : entries) {
      if (entry.breaks()) {
        json.writeString(entry.entry());
      }
    }
    json.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator json, Evidence evidence) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", evidence.kind());
    if (evidence instanceof Evidence.Definition definition) {
      json.writeStringField("type", definition.type());
    } else if (evidence instanceof Evidence.ImportOf importOf) {
      json.writeStringField("name", importOf.name());
    } else if (evidence instanceof Evidence.ReExport reExport) {
      json.writeStringField("from", reExport.from());
      json.writeStringField("to", reExport.to());
      json.writeStringField("reason", reExport.reason());
    } else if (evidence instanceof Evidence.CycleEdge edge) {
      json.writeStringField("from", edge.from());
      json.writeStringField("to", edge.to());
      json.writeArrayFieldStart("locations");
      for (Location location : edge.locations()) {
        writeLocation(json, null, location);
      }
      json.writeEndArray();
      json.writeNumberField("omitted", edge.omitted());
    } else if (evidence instanceof Evidence.SuggestedCut cut) {
      json.writeStringField("from", cut.from());
      json.writeStringField("to", cut.to());
      json.writeNumberField("weight", cut.weight());
    } else if (evidence instanceof Evidence.AlsoFlagged also) {
      json.writeStringField("rule", also.rule());
      json.writeStringField("message", also.message());
    } else if (evidence instanceof Evidence.Likeness likeness) {
      json.writeStringField("type", likeness.type());
      json.writeStringField("other", likeness.other());
      json.writeArrayFieldStart("channels");
      for (String channel : likeness.channels()) {
        json.writeString(channel);
      }
      json.writeEndArray();
      json.writeStringField("confidence", likeness.confidence());
      json.writeNumberField("bodyPercent", likeness.bodyPercent());
      json.writeNumberField("sharedMembers", likeness.sharedMembers());
      json.writeNumberField("ofMembers", likeness.ofMembers());
    } else if (evidence instanceof Evidence.CycleEntry entry) {
      json.writeStringField("entry", entry.entry());
      json.writeBooleanField("breaks", entry.breaks());
      if (entry.breaks()) {
        json.writeStringField("statement", entry.statement());
        json.writeStringField("partial", entry.partial());
        json.writeStringField("name", entry.name());
        json.writeArrayFieldStart("chain");
        for (Evidence.ChainLink link : entry.chain()) {
          json.writeStartObject();
          json.writeStringField("module", link.module());
          writeLocation(json, "location", link.location());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    }
    writeLocation(json, "location", evidence.location());
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, String field, Location location)
      throws IOException {
    if (field != null) {
      json.writeObjectFieldStart(field);
    } else {
      json.writeStartObject();
    }
    json.writeStringField("path", location.path());
    json.writeNumberField("line", location.line());
    json.writeNumberField("column", location.column());
    json.writeEndObject();
  }

  private static void writeConcept(JsonGenerator json, Report.ConceptSummary concept)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", concept.name());
    json.writeBooleanField("declared", concept.declared());
    json.writeStringField("canonical", concept.canonical());
    json.writeStringField("canonicalImport", concept.canonicalImport());
    writeMembers(json, "definitions", concept.definitions());
    writeMembers(json, "reExports", concept.reExports());
    writeMembers(json, "testDoubles", concept.testDoubles());
    json.writeArrayFieldStart("importPaths");
    for (Report.PathCount path : concept.importPaths()) {
      json.writeStartObject();
      json.writeStringField("path", path.path());
      json.writeNumberField("count", path.count());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("uses");
    json.writeNumberField("canonical", concept.canonicalUses());
    json.writeNumberField("total", concept.totalUses());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeMembers(
      JsonGenerator json, String field, java.util.List<Report.Member> members) throws IOException {
    json.writeArrayFieldStart(field);
    for (Report.Member member : members) {
      json.writeStartObject();
      json.writeStringField("name", member.name());
      json.writeStringField("role", member.role());
      if (member.target() != null) {
        json.writeStringField("target", member.target());
      }
      writeLocation(json, "location", member.location());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSummary(JsonGenerator json, Report.Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", summary.files());
    json.writeNumberField("lines", summary.lines());
    json.writeNumberField("types", summary.types());
    json.writeNumberField("parseProblems", summary.parseProblems());
    json.writeObjectFieldStart("findings");
    json.writeNumberField("total", summary.findings());
    json.writeObjectFieldStart("bySeverity");
    for (String severity : new String[] {"error", "warning", "info"}) {
      json.writeNumberField(severity, summary.findingsBySeverity().getOrDefault(severity, 0));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("byRule");
    for (Map.Entry<String, Integer> entry : new TreeMap<>(summary.findingsByRule()).entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("skipped");
    json.writeNumberField("total", summary.skipped());
    json.writeObjectFieldStart("byReason");
    for (Map.Entry<String, Integer> entry : new TreeMap<>(summary.skippedByReason()).entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }
}
