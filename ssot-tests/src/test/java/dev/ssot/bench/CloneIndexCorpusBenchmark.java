package dev.ssot.bench;

import dev.ssot.core.similarity.CloneIndex;
import dev.ssot.core.similarity.ClonePair;
import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import dev.ssot.lang.java.JavaBodyLexer;
import dev.ssot.lang.python.PythonBodyLexer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the clone index on the top-level types of real source trees (Java and Python, lexed by
 * their front ends' body lexers). Not a timed test: it prints what it measures and runs only when
 * asked, e.g. {@code mvn -pl ssot-tests -am test -Dtest=CloneIndexCorpusBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dssot.bench.corpus=/path/to/java,/path/to/python}, or
 * through {@link #main}.
 */
@Tag("benchmark")
class CloneIndexCorpusBenchmark {

  private static final double[] THRESHOLDS = {0.7, 0.8, 0.9};

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of this thread in ms: the machine may be shared, wall time says little. */
  private static long cpuMillis() {
    return THREADS.getCurrentThreadCpuTime() / 1_000_000;
  }

  @Test
  @EnabledIfSystemProperty(named = "ssot.bench.corpus", matches = ".+")
  void corpus() throws IOException {
    int minTokens = Integer.getInteger("ssot.bench.minTokens", 50);
    for (String root : System.getProperty("ssot.bench.corpus").split(",")) {
      runCorpus(Path.of(root), minTokens);
    }
  }

  public static void main(String[] args) throws IOException {
    int minTokens = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    for (String root : args[0].split(",")) {
      runCorpus(Path.of(root), minTokens);
    }
  }

  private record Type(String file, String name, int lines) {}

  static void runCorpus(Path root, int minTokens) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".py"))
              .sorted()
              .toList();
    }
    long t0 = System.nanoTime();
    long c0 = cpuMillis();
    List<TokenBag> bags = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    TokenBag.Builder builder = TokenBag.builder();
    long tokens = 0;
    long lines = 0;
    for (Path file : files) {
      String src = Files.readString(file, StandardCharsets.ISO_8859_1);
      boolean java = file.toString().endsWith(".java");
      lines += src.lines().count();
      List<TypeRange> ranges =
          java ? JavaBodyLexer.topLevelTypes(src) : PythonBodyLexer.topLevelTypes(src);
      int line = 1;
      int counted = 0;
      for (TypeRange range : ranges) {
        if (java) {
          JavaBodyLexer.lex(src, range.start(), range.end(), builder);
        } else {
          PythonBodyLexer.lex(src, range.start(), range.end(), builder);
        }
        TokenBag bag = builder.build();
        tokens += bag.size();
        bags.add(bag);
        while (counted < range.start()) {
          if (src.charAt(counted++) == '\n') {
            line++;
          }
        }
        types.add(new Type(root.relativize(file) + ":" + line, range.name(), line));
      }
    }
    long t1 = System.nanoTime();
    long c1 = cpuMillis();
    long lexCpu = c1 - c0;
    CloneIndex index = CloneIndex.build(bags, minTokens);
    long c2 = cpuMillis();
    long t2 = System.nanoTime();
    System.out.printf(
        "%s: %d files, %d lines, %d types, %d tokens (avg %.0f), read and lexed in %d ms"
            + " (cpu %d ms);"
            + " minTokens %d: %d bags take part, %d distinct hashes, index built in %d ms"
            + " (cpu %d ms)%n",
        root,
        files.size(),
        lines,
        bags.size(),
        tokens,
        (double) tokens / Math.max(1, bags.size()),
        (t1 - t0) / 1_000_000,
        lexCpu,
        minTokens,
        index.participatingCount(),
        index.distinctHashes(),
        (t2 - t1) / 1_000_000,
        c2 - c1);
    for (double threshold : THRESHOLDS) {
      long a = System.nanoTime();
      long ca = cpuMillis();
      CloneIndex.Search search = index.search(threshold);
      long cb = cpuMillis();
      long b = System.nanoTime();
      long sameFile =
          search.pairs().stream()
              .filter(
                  p ->
                      types
                          .get(p.a())
                          .file()
                          .replaceAll(":\\d+$", "")
                          .equals(types.get(p.b()).file().replaceAll(":\\d+$", "")))
              .count();
      System.out.printf(
          "  theta %.2f: %d candidates, %d verified, %d pairs (%d within one file),"
              + " %d ms (cpu %d ms)%n",
          threshold,
          search.candidates(),
          search.verified(),
          search.pairs().size(),
          sameFile,
          (b - a) / 1_000_000,
          cb - ca);
      if (threshold == 0.8) {
        List<ClonePair> pairs = search.pairs();
        int shown = Math.min(Integer.getInteger("ssot.bench.examples", 10), pairs.size());
        for (int i = 0; i < shown; i++) {
          ClonePair p = pairs.get((int) ((long) i * pairs.size() / shown));
          System.out.printf(
              "    %.3f  %s %s (%d)  ~  %s %s (%d)%n",
              p.similarity(),
              types.get(p.a()).file(),
              types.get(p.a()).name(),
              bags.get(p.a()).size(),
              types.get(p.b()).file(),
              types.get(p.b()).name(),
              bags.get(p.b()).size());
        }
      }
    }
  }
}
