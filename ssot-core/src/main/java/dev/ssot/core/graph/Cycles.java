package dev.ssot.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;

/** Cycle queries inside one strongly connected component. */
final class Cycles {

  /** Above this many nodes the cut is not minimised edge by edge (that costs a cycle check per edge). */
  private static final int MINIMISE_LIMIT = 400;

  private Cycles() {}

  static List<String> shortestCycle(Graph<String, Dependency> graph, SortedSet<String> component) {
    List<String> best = null;
    for (String start : component) {
      List<String> cycle = shortestCycleThrough(graph, component, start, best == null ? Integer.MAX_VALUE : best.size() - 1);
      if (cycle != null && (best == null || cycle.size() < best.size())) {
        best = cycle;
        if (best.size() == 3) {
          break; // a -> b -> a: nothing shorter exists
        }
      }
    }
    return best == null ? List.of() : best;
  }

  /** BFS from start back to start, within the component; null if none shorter than the bound. */
  private static List<String> shortestCycleThrough(
      Graph<String, Dependency> graph, Set<String> component, String start, int bound) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(start);
    depth.put(start, 0);
    while (!queue.isEmpty()) {
      String node = queue.poll();
      int d = depth.get(node);
      if (d + 1 >= bound) {
        return null;
      }
      for (String next : sortedSuccessors(graph, component, node)) {
        if (next.equals(start)) {
          LinkedList<String> cycle = new LinkedList<>();
          cycle.add(start);
          for (String at = node; at != null; at = parent.get(at)) {
            cycle.addFirst(at);
          }
          return new ArrayList<>(cycle);
        }
        if (!depth.containsKey(next)) {
          depth.put(next, d + 1);
          parent.put(next, node);
          queue.add(next);
        }
      }
    }
    return null;
  }

  private static List<String> sortedSuccessors(Graph<String, Dependency> graph, Set<String> component, String node) {
    List<String> result = new ArrayList<>();
    for (Dependency edge : graph.outgoingEdgesOf(node)) {
      if (component.contains(edge.to())) {
        result.add(edge.to());
      }
    }
    Collections.sort(result);
    return result;
  }

  /**
   * A greedy feedback arc set: the Eades–Lin–Smyth ordering heuristic, weighted by edge evidence
   * (repeatedly peel sinks and sources; otherwise take the node whose outgoing weight most
   * exceeds its incoming weight; ties by name). The edges that point backwards in the resulting
   * order form the cut. The cut is then made minimal: each cut edge, heaviest first, is put back
   * if the component stays acyclic without cutting it. Sorted by (from, to).
   */
  static List<Dependency> suggestedCut(Graph<String, Dependency> graph, SortedSet<String> component) {
    Graph<String, Dependency> sub = new AsSubgraph<>(graph, component);
    Map<String, Integer> position = elsOrder(sub, component);
    List<Dependency> cut = new ArrayList<>();
    for (Dependency edge : sub.edgeSet()) {
      if (position.get(edge.from()) > position.get(edge.to())) {
        cut.add(edge);
      }
    }
    cut.sort(Comparator.comparing(Dependency::from).thenComparing(Dependency::to));
    if (component.size() <= MINIMISE_LIMIT && cut.size() > 1) {
      cut = minimise(sub, component, cut);
    }
    return List.copyOf(cut);
  }

  private static Map<String, Integer> elsOrder(Graph<String, Dependency> sub, SortedSet<String> component) {
    Map<String, Integer> in = new HashMap<>();
    Map<String, Integer> out = new HashMap<>();
    Map<String, Integer> inDegree = new HashMap<>();
    Map<String, Integer> outDegree = new HashMap<>();
    for (String node : component) {
      in.put(node, 0);
      out.put(node, 0);
      inDegree.put(node, 0);
      outDegree.put(node, 0);
    }
    for (Dependency edge : sub.edgeSet()) {
      out.merge(edge.from(), edge.weight(), Integer::sum);
      in.merge(edge.to(), edge.weight(), Integer::sum);
      outDegree.merge(edge.from(), 1, Integer::sum);
      inDegree.merge(edge.to(), 1, Integer::sum);
    }
    TreeSet<String> remaining = new TreeSet<>(component);
    List<String> head = new ArrayList<>();
    LinkedList<String> tail = new LinkedList<>();
    ArrayDeque<String> work = new ArrayDeque<>(remaining);
    while (!remaining.isEmpty()) {
      while (!work.isEmpty()) {
        String node = work.poll();
        if (!remaining.contains(node)) {
          continue;
        }
        if (outDegree.get(node) == 0) {
          tail.addFirst(node);
          remove(sub, node, remaining, in, out, inDegree, outDegree, work);
        } else if (inDegree.get(node) == 0) {
          head.add(node);
          remove(sub, node, remaining, in, out, inDegree, outDegree, work);
        }
      }
      if (remaining.isEmpty()) {
        break;
      }
      String pick = null;
      int bestDelta = Integer.MIN_VALUE;
      for (String node : remaining) {
        int delta = out.get(node) - in.get(node);
        if (delta > bestDelta) {
          bestDelta = delta;
          pick = node;
        }
      }
      head.add(pick);
      remove(sub, pick, remaining, in, out, inDegree, outDegree, work);
    }
    head.addAll(tail);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < head.size(); i++) {
      position.put(head.get(i), i);
    }
    return position;
  }

  private static void remove(Graph<String, Dependency> sub, String node, Set<String> remaining,
      Map<String, Integer> in, Map<String, Integer> out,
      Map<String, Integer> inDegree, Map<String, Integer> outDegree, ArrayDeque<String> work) {
    remaining.remove(node);
    for (Dependency edge : sub.outgoingEdgesOf(node)) {
      if (remaining.contains(edge.to())) {
        in.merge(edge.to(), -edge.weight(), Integer::sum);
        inDegree.merge(edge.to(), -1, Integer::sum);
        work.add(edge.to());
      }
    }
    for (Dependency edge : sub.incomingEdgesOf(node)) {
      if (remaining.contains(edge.from())) {
        out.merge(edge.from(), -edge.weight(), Integer::sum);
        outDegree.merge(edge.from(), -1, Integer::sum);
        work.add(edge.from());
      }
    }
  }

  private static List<Dependency> minimise(Graph<String, Dependency> sub, Set<String> component, List<Dependency> cut) {
    Set<Dependency> removed = new HashSet<>(cut);
    List<Dependency> heaviestFirst = new ArrayList<>(cut);
    heaviestFirst.sort(Comparator.comparingInt(Dependency::weight).reversed()
        .thenComparing(Dependency::from).thenComparing(Dependency::to));
    for (Dependency candidate : heaviestFirst) {
      removed.remove(candidate);
      if (hasCycle(sub, component, removed)) {
        removed.add(candidate);
      }
    }
    List<Dependency> result = new ArrayList<>(removed);
    result.sort(Comparator.comparing(Dependency::from).thenComparing(Dependency::to));
    return result;
  }

  private static boolean hasCycle(Graph<String, Dependency> sub, Set<String> component, Set<Dependency> without) {
    DefaultDirectedGraph<String, Dependency> copy = new DefaultDirectedGraph<>(Dependency.class);
    component.forEach(copy::addVertex);
    for (Dependency edge : sub.edgeSet()) {
      if (!without.contains(edge)) {
        copy.addEdge(edge.from(), edge.to(), edge);
      }
    }
    return new CycleDetector<>(copy).detectCycles();
  }
}
