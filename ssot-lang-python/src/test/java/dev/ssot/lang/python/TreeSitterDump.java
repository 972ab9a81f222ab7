package dev.ssot.lang.python;

import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.treesitter.TSTree;

/**
 * Prints, for every {@code .py} file under the directories given, the syntax tree tree-sitter
 * builds (as an S-expression) and what {@link PythonSourceParser} makes of it; then the same for
 * the first half of each file, which exercises error recovery. The first line names the native
 * libraries in use. {@link TreeSitterLibrariesTest} runs it in a JVM of its own per library and
 * compares the outputs.
 */
final class TreeSitterDump {

  private TreeSitterDump() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PythonSourceParser parser = new PythonSourceParser();
    out.println("libraries: " + TreeSitterLibraries.outcome());
    for (String arg : args) {
      Path root = Path.of(arg);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      }
      for (Path file : files) {
        byte[] content = Files.readAllBytes(file);
        String path = root.relativize(file).toString().replace('\\', '/');
        dump(out, parser, path, content);
        dump(out, parser, path + " (first half)", Arrays.copyOf(content, content.length / 2));
      }
    }
    out.flush();
  }

  private static void dump(
      PrintStream out, PythonSourceParser parser, String path, byte[] content) {
    out.println("== " + path);
    TSTree tree = PythonSourceParser.parse(content);
    try {
      out.println(tree.getRootNode().toString());
    } finally {
      tree.close();
    }
    String name = path.replace(" (first half)", "");
    SourceFile file = new SourceFile(Path.of(name), name, false);
    ParseOutcome outcome = parser.parse(file, content);
    out.println(canonical(outcome.toString()));
  }

  private static final Pattern MODIFIERS = Pattern.compile("modifiers=\\[([^\\]]*)]");

  /** Modifiers are a set whose iteration order differs from one JVM to the next: sorted here. */
  private static String canonical(String facts) {
    return MODIFIERS
        .matcher(facts)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    "modifiers=["
                        + Arrays.stream(m.group(1).split(", "))
                            .sorted()
                            .collect(Collectors.joining(", "))
                        + "]"));
  }
}
