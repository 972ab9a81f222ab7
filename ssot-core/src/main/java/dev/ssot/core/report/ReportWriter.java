package dev.ssot.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Renders a {@link Report} in one format. Writers are stateless. */
public interface ReportWriter {

  /** The format id used by {@code --format}, e.g. {@code json}. */
  String format();

  /** The file extension for {@code report.<ext>}. */
  String extension();

  /**
   * Writes the report.
   *
   * @param report what to write
   * @param root the analysed root, for writers that quote source lines (may be null)
   * @param out where to write; not closed
   */
  void write(Report report, Path root, Writer out) throws IOException;
}
