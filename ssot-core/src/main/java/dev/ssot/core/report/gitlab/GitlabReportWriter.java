package dev.ssot.core.report.gitlab;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Json;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * GitLab Code Quality JSON (a subset of the Code Climate issue format): an array of issues, each
 * with {@code description}, {@code check_name} (the rule id), {@code fingerprint}, {@code severity}
 * and {@code location.path} / {@code location.lines.begin}. GitLab shows them in merge requests
 * when a job publishes the file as {@code artifacts:reports:codequality}.
 *
 * <p>Severities map as error → {@code major}, warning → {@code minor}, info → {@code info}. The
 * fingerprint is the finding's own (rule and symbols, no line numbers), so GitLab sees the same
 * issue on both sides of a merge request even when code moved; should two issues share one, the
 * later ones get a derived fingerprint, as GitLab needs them unique. With a baseline only new
 * findings are listed. Files that could not be parsed are {@code info} issues named {@code
 * parse-problem}; stale baseline entries are issues named {@code stale-baseline-entry} on the
 * baseline file ({@code major} with a strict baseline, else {@code minor}).
 */
public final class GitlabReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "gitlab";
  }

  @Override
  public String extension() {
    return "gitlab.json";
  }

  @Override
  public void write(Report report, Path root, Writer out) throws IOException {
    Set<String> seen = new HashSet<>();
    Json.write(
        out,
        json -> {
          json.writeStartArray();
          for (Finding finding : report.newFindings()) {
            issue(
                json,
                seen,
                finding.message(),
                finding.rule().value(),
                finding.fingerprint().value(),
                severity(finding.severity()),
                finding.location().path(),
                finding.location().line());
          }
          for (ParseProblem problem : report.parseProblems()) {
            issue(
                json,
                seen,
                "could not be parsed, the rest was analysed: " + problem.message(),
                "parse-problem",
                hash("parse-problem\u0000" + problem.path()),
                "info",
                problem.path(),
                problem.line());
          }
          Report.BaselineResult baseline = report.baseline();
          if (baseline != null) {
            for (Report.BaselineEntry entry : baseline.stale()) {
              issue(
                  json,
                  seen,
                  "baseline entry "
                      + entry.fingerprint()
                      + " ["
                      + entry.ruleId()
                      + "] "
                      + String.join(", ", entry.symbols())
                      + " matches nothing any more; remove it: "
                      + entry.message(),
                  "stale-baseline-entry",
                  hash("stale-baseline-entry\u0000" + entry.fingerprint()),
                  baseline.strict() ? "major" : "minor",
                  baseline.file(),
                  1);
            }
          }
          json.writeEndArray();
        });
  }

  private static void issue(
      JsonGenerator json,
      Set<String> seen,
      String description,
      String checkName,
      String fingerprint,
      String severity,
      String path,
      int line)
      throws IOException {
    String unique = fingerprint;
    for (int n = 2; !seen.add(unique); n++) {
      unique = hash(fingerprint + "\u0000" + n);
    }
    json.writeStartObject();
    json.writeStringField("type", "issue");
    json.writeStringField("description", description);
    json.writeStringField("check_name", checkName);
    json.writeStringField("fingerprint", unique);
    json.writeStringField("severity", severity);
    json.writeObjectFieldStart("location");
    json.writeStringField("path", path);
    json.writeObjectFieldStart("lines");
    json.writeNumberField("begin", Math.max(1, line));
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
