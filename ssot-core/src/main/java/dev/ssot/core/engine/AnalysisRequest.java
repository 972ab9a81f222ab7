package dev.ssot.core.engine;

import dev.ssot.core.finding.FailLevel;
import dev.ssot.core.parse.Discovery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to analyse and how. Built by the CLI or the Maven plugin; {@link Analysis#run} does the
 * rest.
 *
 * @param root the analysed root; report paths are relative to it
 * @param sourceRoots explicit main source roots (empty: discover under root)
 * @param testRoots explicit test source roots
 * @param config an explicit config file, or null to look for {@code ssot.yaml|yml|json} in root
 * @param select rule ids to run instead of the default set (empty: the default set)
 * @param ignore rule ids not to run
 * @param excludes extra exclude globs on top of the config's
 * @param failOn overrides the config's fail level, or null
 * @param parallelism parser threads, at most 4 × the available processors (0: one per processor)
 * @param cacheDirectory where parsed facts are cached between runs, or null for no cache
 * @param baseline a baseline file ({@code ssot baseline}) whose findings are not new, or null
 * @param strictBaseline whether baseline entries that match nothing fail the run
 * @param progress told how parsing advances ({@link ProgressListener#NONE} by default)
 * @param discovery ignore files and symbolic links in file discovery ({@link
 *     Discovery.Options#DEFAULT} by default)
 */
public record AnalysisRequest(
    Path root,
    List<Path> sourceRoots,
    List<Path> testRoots,
    Path config,
    List<String> select,
    List<String> ignore,
    List<String> excludes,
    FailLevel failOn,
    int parallelism,
    Path cacheDirectory,
    Path baseline,
    boolean strictBaseline,
    ProgressListener progress,
    Discovery.Options discovery) {

  /**
   * {@link #config()} of a request that reads no config file ({@link Builder#withoutConfigFile}).
   */
  public static final Path NO_CONFIG_FILE = Path.of("(built-in defaults)");

  public AnalysisRequest {
    int maxThreads = 4 * Runtime.getRuntime().availableProcessors();
    if (parallelism < 0 || parallelism > maxThreads) {
      throw new AnalysisException(
          "parallelism: "
              + parallelism
              + " is outside 1.."
              + maxThreads
              + " (4 × the processors; 0 for one per processor)");
    }
    sourceRoots = List.copyOf(sourceRoots);
    testRoots = List.copyOf(testRoots);
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    excludes = List.copyOf(excludes);
    progress = progress == null ? ProgressListener.NONE : progress;
    discovery = discovery == null ? Discovery.Options.DEFAULT : discovery;
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** A builder with defaults for everything but the root. */
  public static final class Builder {
    private final Path root;
    private final List<Path> sourceRoots = new ArrayList<>();
    private final List<Path> testRoots = new ArrayList<>();
    private Path config;
    private final List<String> select = new ArrayList<>();
    private final List<String> ignore = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private FailLevel failOn;
    private int parallelism;
    private Path cacheDirectory;
    private Path baseline;
    private boolean strictBaseline;
    private ProgressListener progress;
    private boolean noIgnore;
    private boolean followLinks;

    private Builder(Path root) {
      this.root = root;
    }

    public Builder sourceRoots(List<Path> roots) {
      sourceRoots.addAll(roots);
      return this;
    }

    public Builder testRoots(List<Path> roots) {
      testRoots.addAll(roots);
      return this;
    }

    /**
     * Analyses with the built-in defaults, reading no config file (not even one found in or above
     * the root): what {@code ssot init} proposes from.
     */
    public Builder withoutConfigFile() {
      this.config = NO_CONFIG_FILE;
      return this;
    }

    public Builder config(Path file) {
      this.config = file;
      return this;
    }

    public Builder select(List<String> ids) {
      select.addAll(ids);
      return this;
    }

    public Builder ignore(List<String> ids) {
      ignore.addAll(ids);
      return this;
    }

    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    public Builder failOn(FailLevel level) {
      this.failOn = level;
      return this;
    }

    public Builder parallelism(int threads) {
      this.parallelism = threads;
      return this;
    }

    /**
     * Caches parsed facts in this directory (created when missing); null, the default: no cache.
     */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = directory;
      return this;
    }

    /**
     * Compares the findings with this baseline file: the findings it holds neither fail the run nor
     * show as new, and its entries that match nothing are reported as stale.
     */
    public Builder baseline(Path file) {
      this.baseline = file;
      return this;
    }

    /** Whether stale baseline entries fail the run (default false: they are reported only). */
    public Builder strictBaseline(boolean strict) {
      this.strictBaseline = strict;
      return this;
    }

    /** Tells this listener how parsing advances (default: nobody). */
    public Builder progress(ProgressListener listener) {
      this.progress = listener;
      return this;
    }

    /**
     * Analyses what {@code .gitignore} files and the environment and build-output rules would leave
     * out (default false).
     */
    public Builder noIgnore(boolean analyseIgnored) {
      this.noIgnore = analyseIgnored;
      return this;
    }

    /** Follows symbolic links that stay inside the root (default false: they are skipped). */
    public Builder followLinks(boolean follow) {
      this.followLinks = follow;
      return this;
    }

    public AnalysisRequest build() {
      return new AnalysisRequest(
          root,
          sourceRoots,
          testRoots,
          config,
          select,
          ignore,
          excludes,
          failOn,
          parallelism,
          cacheDirectory,
          baseline,
          strictBaseline,
          progress,
          new Discovery.Options(noIgnore, followLinks));
    }
  }
}
