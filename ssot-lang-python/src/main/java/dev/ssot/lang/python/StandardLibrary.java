package dev.ssot.lang.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The top-level module names of Python's standard library: {@code sys.stdlib_module_names} of
 * CPython 3.12, shipped as {@code stdlib-module-names.txt} beside this class. An absolute import of
 * one of them reaches the standard library, whatever local module has the same name.
 */
final class StandardLibrary {

  private static final Set<String> NAMES = load();

  private StandardLibrary() {}

  /** Whether a top-level module name is the standard library's. */
  static boolean has(String topLevel) {
    return NAMES.contains(topLevel);
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = StandardLibrary.class.getResourceAsStream("stdlib-module-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("stdlib-module-names.txt is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
