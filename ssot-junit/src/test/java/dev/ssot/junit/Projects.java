package dev.ssot.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Java projects written into a test's temporary directory. */
final class Projects {

  private Projects() {}

  static void write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** A type with three methods; the same name in two packages is a duplicate concept. */
  static String type(String pkg, String name, String prefix) {
    return prefix
        + "package "
        + pkg
        + ";\n\npublic class "
        + name
        + " {\n"
        + "  public String get(String key) { return key; }\n"
        + "  public void put(String key, String value) {}\n"
        + "  public void clear() {}\n"
        + "}\n";
  }

  static void type(Path root, String pkg, String name) throws IOException {
    write(root, javaPath(pkg, name), type(pkg, name, ""));
  }

  static String javaPath(String pkg, String name) {
    return "src/main/java/" + pkg.replace('.', '/') + "/" + name + ".java";
  }
}
