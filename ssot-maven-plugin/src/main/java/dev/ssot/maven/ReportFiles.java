package dev.ssot.maven;

import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.io.AtomicOutput;
import dev.ssot.core.report.ReportWriter;
import dev.ssot.core.report.ReportWriters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a result as {@code report.<ext>} files: always JSON, plus the formats asked for. */
final class ReportFiles {

  private ReportFiles() {}

  /** The writers for {@code formats} with JSON first; unknown formats are an error naming them. */
  static List<ReportWriter> writers(List<String> formats) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add("json");
    for (String format : formats) {
      for (String id : format.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    List<ReportWriter> writers = new ArrayList<>();
    for (String id : ids) {
      writers.add(
          ReportWriters.forFormat(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format '"
                              + id
                              + "' (expected one of: "
                              + String.join(", ", ReportWriters.formats())
                              + ")")));
    }
    return writers;
  }

  /**
   * Writes each format to {@code directory/report.<ext>}, each whole or not at all, and returns the
   * files written.
   *
   * @throws dev.ssot.core.io.OutputException when a file cannot be written
   */
  static List<Path> write(AnalysisResult result, List<ReportWriter> writers, Path directory) {
    List<Path> written = new ArrayList<>();
    for (ReportWriter writer : writers) {
      Path file = directory.resolve("report." + writer.extension());
      AtomicOutput.write(file, out -> writer.write(result.report(), result.root(), out));
      written.add(file);
    }
    return written;
  }
}
