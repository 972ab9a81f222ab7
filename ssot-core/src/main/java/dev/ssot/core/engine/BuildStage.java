package dev.ssot.core.engine;

import dev.ssot.core.graph.BuildModules;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.BuildModule;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.BuildFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The build stage: the build files discovery found ({@code pom.xml}) are read by the front end that
 * knows them ({@link dev.ssot.core.lang.Language#buildFiles}) into the tree's {@link BuildModules}.
 * A file that does not read is a parse problem; the others still count.
 */
final class BuildStage {

  private BuildStage() {}

  /**
   * What reading the build files gave.
   *
   * @param modules the modules they declare
   * @param problems the files that did not read
   */
  record Read(BuildModules modules, List<ParseProblem> problems) {}

  /** The names of the build files some front end reads. */
  static Set<String> fileNames(Languages languages) {
    Set<String> names = new HashSet<>();
    languages.buildFiles().forEach(reader -> names.add(reader.fileName()));
    return Set.copyOf(names);
  }

  /** Whether a root-relative path names one of these build files. */
  static boolean isBuildFile(Set<String> names, String path) {
    return !names.isEmpty() && names.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Reads every build file among the discovered files. */
  static Read read(Languages languages, List<SourceFile> discovered) {
    List<BuildFileReader> readers = languages.buildFiles();
    List<BuildModule> modules = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    for (SourceFile file : discovered) {
      Optional<BuildFileReader> reader = readerOf(readers, file.path());
      if (reader.isEmpty()) {
        continue;
      }
      BuildFileReader.Read read;
      try {
        read = reader.get().read(file.path(), Files.readAllBytes(file.absolutePath()));
      } catch (IOException e) {
        read = BuildFileReader.Read.failed(new ParseProblem(file.path(), 0, "cannot read: " + e));
      } catch (RuntimeException e) {
        read =
            BuildFileReader.Read.failed(
                new ParseProblem(file.path(), 0, "internal build file reader error: " + e));
      }
      if (read.module() != null) {
        modules.add(read.module());
      } else {
        problems.add(read.problem());
      }
    }
    return new Read(BuildModules.of(modules), problems);
  }

  private static Optional<BuildFileReader> readerOf(List<BuildFileReader> readers, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return readers.stream().filter(r -> r.fileName().equals(name)).findFirst();
  }
}
