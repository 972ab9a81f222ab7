package dev.ssot.core.engine;

/**
 * Told how parsing advances, for a progress display. The engine itself never prints; the CLI draws
 * a progress line on a terminal.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called once with {@code done = 0} before parsing starts and then once per file read, parsed or
   * taken from the cache. Calls come from the parser threads but never overlap, and {@code done}
   * rises by one each time, so an implementation needs no locking of its own; it should return
   * quickly, since parsing waits for it.
   *
   * @param done files finished so far
   * @param total files to parse in all
   */
  void filesParsed(int done, int total);
}
