import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * The floor for ssot's Python parse phase: read every {@code .py} file under a directory and parse it
 * with tree-sitter-python, nothing else. Run by bench/python.sh against ssot.jar's classpath.
 *
 * <p>It does what ssot's Python parser does before it looks at the tree: a parallel stream over the
 * files in a {@link ForkJoinPool} of THREADS threads, one {@link TSParser} per thread, the file's
 * bytes handed to the native parser by a reader that copies the whole buffer in one upcall, and the
 * tree closed at the end. The timed region is that loop (read, parse, close, and one check of the
 * root for syntax errors, to count them); listing the files, counting lines and loading the native
 * libraries happen before it and are reported separately. The native libraries are the ones ssot
 * uses: its optimised build when there is one, else the binding's own ({@code -Dssot.treesitter=bundled}).
 *
 * <p>usage: {@code java -cp ssot.jar:CLASSES TreeSitterParseBench DIR THREADS [PASSES]}. Prints one
 * JSON line: files, bytes, lines (counted as ssot counts them), files with syntax errors,
 * the milliseconds to load the libraries and the milliseconds of each pass. Pass 1 is what a fresh
 * JVM gets; later passes run with the Java side compiled.
 */
public final class TreeSitterParseBench {

  private static TSLanguage language;
  private static final ThreadLocal<TSParser> PARSERS = ThreadLocal.withInitial(() -> {
    TSParser parser = new TSParser();
    parser.setLanguage(language);
    return parser;
  });

  private TreeSitterParseBench() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TreeSitterParseBench DIR THREADS [PASSES]");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    int threads = Integer.parseInt(args[1]);
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;

    List<Path> files = pythonFiles(root);
    long bytes = 0;
    long lines = 0;
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      bytes += content.length;
      lines += lineCount(content);
    }

    long loadStart = System.nanoTime();
    // ssot's Python parser first: it points the binding at the optimised libraries when the build made them
    // (-Dssot.treesitter=bundled keeps the bundled ones), so this loop parses on the libraries ssot uses.
    new dev.ssot.lang.python.PythonSourceParser();
    language = new TreeSitterPython();
    new TSParser().setLanguage(language);
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

    List<Long> millis = new ArrayList<>();
    int errors = 0;
    for (int pass = 0; pass < passes; pass++) {
      AtomicInteger withErrors = new AtomicInteger();
      ForkJoinPool pool = new ForkJoinPool(threads);
      long start = System.nanoTime();
      try {
        pool.submit(() -> files.parallelStream().forEach(file -> {
          if (parseFile(file)) {
            withErrors.incrementAndGet();
          }
        })).get();
      } finally {
        pool.shutdownNow();
      }
      millis.add((System.nanoTime() - start) / 1_000_000);
      errors = withErrors.get();
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"files\": %d, \"bytes\": %d, \"lines\": %d, \"syntaxErrors\": %d, \"threads\": %d, "
            + "\"loadMillis\": %d, \"passMillis\": [%s]}",
        files.size(), bytes, lines, errors, threads, loadMillis,
        millis.stream().map(String::valueOf).collect(Collectors.joining(", "))));
  }

  /** Reads and parses one file; true when its tree has a syntax error. */
  private static boolean parseFile(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TSTree tree = parse(content);
    if (tree == null) {
      return true;
    }
    try {
      return tree.getRootNode().hasError();
    } finally {
      tree.close();
    }
  }

  /** The same reader as ssot's PythonSourceParser: one upcall copies the whole buffer. */
  private static TSTree parse(byte[] bytes) {
    byte[] buffer = new byte[Math.max(1, bytes.length)];
    return PARSERS.get().parse(buffer, null, (chunk, offset, point) -> {
      if (offset >= bytes.length) {
        return 0;
      }
      int count = Math.min(chunk.length, bytes.length - offset);
      System.arraycopy(bytes, offset, chunk, 0, count);
      return count;
    }, TSInputEncoding.TSInputEncodingUTF8);
  }

  /** Lines as ssot counts them: line breaks (\n, \r\n or a lone \r), plus a last line without one. */
  private static long lineCount(byte[] bytes) {
    long count = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        count++;
      }
    }
    boolean openLastLine = bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r';
    return openLastLine ? count + 1 : count;
  }

  /** The .py files ssot would analyse in a plain tree: hidden directories, .git and node_modules skipped. */
  private static List<Path> pythonFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }
}
