package dev.ssot.core.engine;

import dev.ssot.core.config.SsotConfig;
import dev.ssot.core.lang.Language;
import dev.ssot.core.lang.Languages;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.FactsPool;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceParser;
import dev.ssot.core.parse.cache.FactsCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The parse stage: each language names its files ({@link Language#prepare}), then every file is
 * parsed on a bounded pool, or decoded from the facts cache when it has not changed.
 */
final class ParseStage {

  private ParseStage() {}

  /**
   * What parsing left.
   *
   * @param files the files as the languages prepared them (with module names)
   * @param facts the facts of every file that parsed
   * @param problems the files that did not, sorted by path
   * @param inferredRoots the source roots the languages chose from the code's own imports
   */
  record Parsed(
      List<SourceFile> files,
      List<FileFacts> facts,
      List<ParseProblem> problems,
      List<dev.ssot.core.model.ModuleRoot> inferredRoots) {

    /** What parsing left, with these problems (of files read elsewhere) among its own. */
    Parsed withProblems(List<ParseProblem> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<ParseProblem> all = new ArrayList<>(problems);
      all.addAll(more);
      all.sort(Comparator.comparing(ParseProblem::path));
      return new Parsed(files, facts, all, inferredRoots);
    }
  }

  /** Prepares and parses the discovered files, recording cache counts in {@code timing}. */
  static Parsed run(
      AnalysisRequest request,
      Path root,
      SsotConfig config,
      Languages languages,
      List<SourceFile> discovered,
      Map<String, Long> timing) {
    List<SourceParser> parsers = parsers(languages);
    FactsCache cache =
        request.cacheDirectory() == null
            ? FactsCache.disabled()
            : FactsCache.open(request.cacheDirectory(), cacheKey(parsers));
    Path configBase = root; // language roots (<language>.roots) are relative to the analysed root
    List<SourceFile> files = discovered;
    List<dev.ssot.core.model.ModuleRoot> inferredRoots = new ArrayList<>();
    for (Language language : languages.all()) {
      Language.Prepared prepared =
          language.prepareWithRoots(
              root, configBase, files, config.languageSettings(language.id()));
      files = prepared.files();
      inferredRoots.addAll(prepared.inferredRoots());
    }
    List<ParseOutcome> outcomes =
        parseAll(files, parsers, cache, request.parallelism(), request.progress());
    cache.save();
    timing.put("cachedFiles", (long) cache.hits());
    timing.put("unreadFiles", (long) cache.unreadHits());
    timing.put("parsedFiles", (long) (discovered.size() - cache.hits()));
    List<FileFacts> facts = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    for (ParseOutcome outcome : outcomes) {
      if (outcome instanceof ParseOutcome.Parsed parsed) {
        facts.add(parsed.facts());
      } else if (outcome instanceof ParseOutcome.Failed failed) {
        problems.add(failed.problem());
      }
    }
    problems.sort(Comparator.comparing(ParseProblem::path));
    return new Parsed(files, facts, problems, inferredRoots);
  }

  /** The language front ends, sorted by language. */
  static List<SourceParser> parsers(Languages languages) {
    return languages.all().stream().map(Language::parser).toList();
  }

  /**
   * What cached facts depend on besides the files: each parser's language and version, and ssot's
   * version.
   */
  static String cacheKey(List<SourceParser> parsers) {
    StringBuilder key = new StringBuilder("ssot=").append(ToolVersion.get());
    for (SourceParser parser : parsers) {
      key.append(';')
          .append(parser.language())
          .append('=')
          .append(parser.version())
          .append('/')
          .append(implementationHash(parser.getClass()));
    }
    return key.toString();
  }

  /**
   * A hash of a parser's class files (nested classes included), so a changed parser never reads
   * facts an older build extracted, even when nobody bumped its version.
   */
  private static String implementationHash(Class<?> type) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    List<Class<?>> classes = new ArrayList<>(List.of(type));
    classes.addAll(List.of(type.getDeclaredClasses()));
    classes.sort(Comparator.comparing(Class::getName));
    for (Class<?> c : classes) {
      String resource = c.getName().replace('.', '/') + ".class";
      try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
        if (in != null) {
          crc.update(in.readAllBytes());
        }
      } catch (IOException e) {
        crc.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return Long.toHexString(crc.getValue());
  }

  private static List<ParseOutcome> parseAll(
      List<SourceFile> files,
      List<SourceParser> parsers,
      FactsCache cache,
      int parallelism,
      ProgressListener progress) {
    int threads = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    Progress counter = new Progress(progress, files.size());
    FactsPool shared = new FactsPool();
    try {
      return pool.submit(
              () ->
                  files.parallelStream()
                      .map(
                          file -> {
                            ParseOutcome outcome = share(parseOne(file, parsers, cache), shared);
                            counter.fileDone();
                            return outcome;
                          })
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      awaitWorkers(pool);
    }
  }

  /**
   * Waits (a bounded time) for the workers to finish the files they are parsing. When one file's
   * parse fails, running out of memory say, the others go on until they are done: without the wait
   * they would still hold the heap while the failure is being reported.
   */
  private static void awaitWorkers(ForkJoinPool pool) {
    try {
      pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The outcome with its facts' names shared with every other file's (see {@link FactsPool}): the
   * facts of all files stay in memory until the run ends.
   */
  private static ParseOutcome share(ParseOutcome outcome, FactsPool pool) {
    return outcome instanceof ParseOutcome.Parsed parsed
        ? new ParseOutcome.Parsed(pool.share(parsed.facts()))
        : outcome;
  }

  /** Counts finished files for a {@link ProgressListener}, one call at a time, in order. */
  private static final class Progress {
    private final ProgressListener listener;
    private final int total;
    private int done;

    Progress(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
      listener.filesParsed(0, total);
    }

    synchronized void fileDone() {
      listener.filesParsed(++done, total);
    }
  }

  /**
   * A file's size and modification time, read before its bytes (so a later change shows), or null.
   */
  private static FactsCache.Stamp stampOf(SourceFile file) {
    try {
      java.nio.file.attribute.BasicFileAttributes attributes =
          Files.readAttributes(
              file.absolutePath(), java.nio.file.attribute.BasicFileAttributes.class);
      return new FactsCache.Stamp(
          attributes.size(),
          attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * One file's outcome: from the cache when a file with this path, test flag and content was parsed
   * before, else parsed and remembered. Read errors and parser crashes are not cached.
   */
  private static ParseOutcome parseOne(
      SourceFile file, List<SourceParser> parsers, FactsCache cache) {
    SourceParser parser =
        parsers.stream().filter(p -> p.accepts(file.path())).findFirst().orElseThrow();
    FactsCache.Stamp stamp = null;
    if (cache.enabled()) {
      stamp = stampOf(file);
      ParseOutcome unchanged = cache.getUnchanged(file, stamp);
      if (unchanged != null) {
        return unchanged;
      }
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file.absolutePath());
    } catch (IOException e) {
      return new ParseOutcome.Failed(
          new ParseProblem(file.path(), 0, "cannot read: " + e.getMessage()));
    }
    byte[] hash = null;
    if (cache.enabled()) {
      hash = cache.hash(content);
      ParseOutcome cached = cache.get(file, hash, stamp);
      if (cached != null) {
        return cached;
      }
    }
    try {
      ParseOutcome outcome = parser.parse(file, content);
      if (hash != null) {
        cache.put(file, hash, stamp, outcome);
      }
      return outcome;
    } catch (RuntimeException e) {
      return new ParseOutcome.Failed(
          new ParseProblem(
              file.path(), 0, "internal " + parser.language() + " parser error: " + e));
    }
  }
}
