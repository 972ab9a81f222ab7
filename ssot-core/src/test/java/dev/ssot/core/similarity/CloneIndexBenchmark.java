package dev.ssot.core.similarity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the clone index on synthetic bags. Not a timed test: it prints what it measures and runs
 * only when asked, e.g. {@code mvn -pl ssot-core test -Dtest=CloneIndexBenchmark
 * -Dssot.bench.synthetic=100000}, or through {@link #main}. The same on the types of real source
 * trees is {@code dev.ssot.bench.CloneIndexCorpusBenchmark} in ssot-tests, where the language front
 * ends are.
 */
@Tag("benchmark")
class CloneIndexBenchmark {

  private static final double[] THRESHOLDS = {0.7, 0.8, 0.9};

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of this thread in ms: the machine may be shared, wall time says little. */
  private static long cpuMillis() {
    return THREADS.getCurrentThreadCpuTime() / 1_000_000;
  }

  @Test
  @EnabledIfSystemProperty(named = "ssot.bench.synthetic", matches = "[0-9]+")
  void synthetic() {
    runSynthetic(Integer.getInteger("ssot.bench.synthetic"), 300);
  }

  public static void main(String[] args) {
    runSynthetic(args.length == 0 ? 100_000 : Integer.parseInt(args[0]), 300);
  }

  /**
   * Bags shaped like code: most draws from ~100 keyword and operator tokens, the rest from a
   * log-uniform identifier vocabulary of a million; one bag in five a mutated copy of another.
   */
  static void runSynthetic(int count, int averageTokens) {
    Random random = new Random(42);
    long[] common = new long[100];
    for (int i = 0; i < common.length; i++) {
      common[i] = TokenBag.tokenHash("kw" + i);
    }
    TokenBag.Builder builder = TokenBag.builder();
    List<long[]> sequences = new ArrayList<>();
    List<TokenBag> bags = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int n = 0; n < count; n++) {
      long[] seq;
      if (n > 0 && random.nextInt(5) == 0) {
        long[] original = sequences.get(random.nextInt(sequences.size()));
        seq = original.clone();
        double rate = 0.3 * random.nextDouble();
        for (int i = 0; i < seq.length; i++) {
          if (random.nextDouble() < rate) {
            seq[i] = draw(random, common);
          }
        }
      } else {
        int size = 10 + (int) (-Math.log(1 - random.nextDouble()) * (averageTokens - 10));
        seq = new long[size];
        for (int i = 0; i < size; i++) {
          seq[i] = draw(random, common);
        }
      }
      sequences.add(seq);
      for (long token : seq) {
        builder.addHash(token);
      }
      bags.add(builder.build());
    }
    long t1 = System.nanoTime();
    long tokens = bags.stream().mapToLong(TokenBag::size).sum();
    long c1 = cpuMillis();
    CloneIndex index = CloneIndex.build(bags, 50);
    long c2 = cpuMillis();
    long t2 = System.nanoTime();
    System.out.printf(
        "synthetic: %d bags, %d tokens (avg %.0f), generated in %d ms,"
            + " index built in %d ms (cpu %d ms)%n",
        bags.size(),
        tokens,
        (double) tokens / bags.size(),
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        c2 - c1);
    for (double threshold : THRESHOLDS) {
      long a = System.nanoTime();
      long ca = cpuMillis();
      CloneIndex.Search search = index.search(threshold);
      long cb = cpuMillis();
      long b = System.nanoTime();
      System.out.printf(
          "  theta %.2f: %d candidates, %d verified, %d pairs, %d ms (cpu %d ms)%n",
          threshold,
          search.candidates(),
          search.verified(),
          search.pairs().size(),
          (b - a) / 1_000_000,
          cb - ca);
    }
  }

  private static long draw(Random random, long[] common) {
    if (random.nextDouble() < 0.6) {
      double u = random.nextDouble();
      return common[(int) (common.length * u * u)];
    }
    int id = (int) Math.exp(random.nextDouble() * Math.log(1_000_000));
    return TokenBag.mix(id);
  }
}
