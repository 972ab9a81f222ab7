package dev.ssot.core.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Breadth-first reachability over a graph given by its successor function. */
public final class Reachability {

  private Reachability() {}

  /**
   * Whether {@code to} can be reached from {@code from} through one step or more, following {@code
   * next}; a search that visits more than {@code budget} nodes answers {@code false} (undecided
   * counts as unreached).
   */
  public static boolean reaches(
      String from, String to, Function<String, ? extends Iterable<String>> next, int budget) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(from);
    seen.add(from);
    while (!work.isEmpty()) {
      for (String step : next.apply(work.poll())) {
        if (step.equals(to)) {
          return true;
        }
        if (seen.add(step)) {
          if (seen.size() > budget) {
            return false;
          }
          work.add(step);
        }
      }
    }
    return false;
  }
}
