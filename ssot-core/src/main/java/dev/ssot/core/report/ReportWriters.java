package dev.ssot.core.report;

import dev.ssot.core.report.json.JsonReportWriter;
import dev.ssot.core.report.text.TextReportWriter;
import java.util.List;
import java.util.Optional;

/** The built-in report formats. */
public final class ReportWriters {

  private static final List<ReportWriter> ALL = List.of(new TextReportWriter(), new JsonReportWriter());

  private ReportWriters() {}

  public static List<ReportWriter> all() {
    return ALL;
  }

  public static Optional<ReportWriter> forFormat(String format) {
    return ALL.stream().filter(w -> w.format().equals(format)).findFirst();
  }

  /** The format ids, for help texts and errors. */
  public static List<String> formats() {
    return ALL.stream().map(ReportWriter::format).toList();
  }
}
