package dev.ssot.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The report formats on the classpath, found with {@link ServiceLoader} (the built-in ones are
 * registered in {@code META-INF/services/dev.ssot.core.report.ReportWriter}), so this package does
 * not depend on the packages that implement them.
 */
public final class ReportWriters {

  private static final List<ReportWriter> ALL = load();

  private ReportWriters() {}

  private static List<ReportWriter> load() {
    List<ReportWriter> writers = new ArrayList<>();
    ServiceLoader.load(ReportWriter.class, ReportWriters.class.getClassLoader())
        .forEach(writers::add);
    writers.sort(Comparator.comparing(ReportWriter::format));
    return List.copyOf(writers);
  }

  public static List<ReportWriter> all() {
    return ALL;
  }

  public static Optional<ReportWriter> forFormat(String format) {
    return ALL.stream().filter(w -> w.format().equals(format)).findFirst();
  }

  /** The format ids, sorted, for help texts and errors. */
  public static List<String> formats() {
    return ALL.stream().map(ReportWriter::format).toList();
  }
}
