package dev.ssot.junit;

import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Findings rendered by the text report writer, as {@code ssot check} prints them. */
final class TextFindings {

  private TextFindings() {}

  static String render(AnalysisResult result, List<Finding> findings) {
    Report report = result.report();
    Report.Summary summary = report.summary();
    Report only =
        new Report(
            report.schemaVersion(),
            report.tool(),
            report.rules(),
            findings,
            List.of(),
            List.of(),
            new Report.Summary(
                summary.files(),
                summary.lines(),
                summary.types(),
                0,
                findings.size(),
                count(findings, true),
                count(findings, false)),
            Map.of());
    StringWriter out = new StringWriter();
    try {
      ReportWriters.forFormat("text").orElseThrow().write(only, result.root(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Map<String, Integer> count(List<Finding> findings, boolean bySeverity) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Finding finding : findings) {
      counts.merge(bySeverity ? finding.severity().id() : finding.rule().value(), 1, Integer::sum);
    }
    return counts;
  }
}
