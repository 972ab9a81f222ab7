package dev.ssot.core.parse;

import dev.ssot.core.model.BuildModule;
import dev.ssot.core.model.ParseProblem;
import java.util.Objects;

/**
 * Reads one kind of build file ({@code pom.xml}) into the module it declares, so the core can tell
 * which module a source file belongs to and which modules depend on which, without knowing any
 * build tool. A language front end supplies the readers of its build tools ({@code
 * Language.buildFiles()}); discovery finds the files by {@link #fileName()} and leaves them out of
 * the sources. Implementations are thread-safe and never throw: a file that does not read is a
 * {@link ParseProblem}, and the analysis goes on without its module.
 */
public interface BuildFileReader {

  /** The name of the build files this reader reads ({@code pom.xml}). */
  String fileName();

  /**
   * The module one build file declares.
   *
   * @param path the file's path relative to the analysed root, with {@code /}
   * @param content the file's bytes
   */
  Read read(String path, byte[] content);

  /**
   * What reading a build file gave: the module, or the problem (exactly one of them).
   *
   * @param module the declared module, or {@code null}
   * @param problem why the file does not declare a module that can be read, or {@code null}
   */
  record Read(BuildModule module, ParseProblem problem) {

    public Read {
      if ((module == null) == (problem == null)) {
        throw new IllegalArgumentException("a module or a problem, not both");
      }
    }

    /** A file that declares this module. */
    public static Read of(BuildModule module) {
      return new Read(Objects.requireNonNull(module, "module"), null);
    }

    /** A file that could not be read. */
    public static Read failed(ParseProblem problem) {
      return new Read(null, Objects.requireNonNull(problem, "problem"));
    }
  }
}
