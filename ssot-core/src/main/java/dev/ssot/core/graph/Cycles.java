package dev.ssot.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;

/** Cycle queries inside one strongly connected component. */
final class Cycles {

  /**
   * Above this many nodes the cut is not minimised edge by edge (that costs a cycle check per
   * edge).
   */
  private static final int MINIMISE_LIMIT = 400;

  private Cycles() {}

  static List<String> shortestCycle(Graph<String, Dependency> graph, SortedSet<String> component) {
    Indexed indexed = new Indexed(graph, component);
    int[] best = null;
    for (int start = 0; start < indexed.size(); start++) {
      int[] cycle =
          indexed.shortestCycleThrough(start, best == null ? Integer.MAX_VALUE : best.length - 1);
      if (cycle != null && (best == null || cycle.length < best.length)) {
        best = cycle;
        if (best.length == 3) {
          break; // a -> b -> a: nothing shorter exists
        }
      }
    }
    if (best == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>(best.length);
    for (int node : best) {
      names.add(indexed.names[node]);
    }
    return names;
  }

  /**
   * The component as int-indexed adjacency lists: nodes numbered in sorted order, successors in
   * ascending order (so traversals visit them in name order, as the results promise), each edge
   * with an id. Queries over big components run on arrays, not on hashed records.
   */
  private static final class Indexed {
    final String[] names;
    final int[][] successors;
    final int[][] edgeIds;
    final Dependency[] edges;
    private final Map<Dependency, Integer> edgeIndex = new java.util.IdentityHashMap<>();

    Indexed(Graph<String, Dependency> graph, SortedSet<String> component) {
      names = component.toArray(new String[0]);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      successors = new int[names.length][];
      edgeIds = new int[names.length][];
      List<Dependency> all = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency edge : graph.outgoingEdgesOf(names[i])) {
          if (index.containsKey(edge.to())) {
            out.add(edge);
          }
        }
        out.sort(Comparator.comparing(Dependency::to));
        successors[i] = new int[out.size()];
        edgeIds[i] = new int[out.size()];
        for (int k = 0; k < out.size(); k++) {
          successors[i][k] = index.get(out.get(k).to());
          edgeIds[i][k] = all.size();
          edgeIndex.put(out.get(k), all.size());
          all.add(out.get(k));
        }
      }
      edges = all.toArray(new Dependency[0]);
    }

    int size() {
      return names.length;
    }

    int idOf(Dependency edge) {
      return edgeIndex.get(edge);
    }

    /** BFS from start back to start; null if no cycle through it is shorter than the bound. */
    int[] shortestCycleThrough(int start, int bound) {
      int n = names.length;
      int[] parent = new int[n];
      int[] depth = new int[n];
      java.util.Arrays.fill(depth, -1);
      int[] queue = new int[n];
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      depth[start] = 0;
      parent[start] = -1;
      while (head < tail) {
        int node = queue[head++];
        int d = depth[node];
        if (d + 1 >= bound) {
          return null;
        }
        for (int next : successors[node]) {
          if (next == start) {
            int[] cycle = new int[d + 2];
            cycle[d + 1] = start;
            int at = node;
            for (int k = d; k >= 0; k--) {
              cycle[k] = at;
              at = parent[at];
            }
            return cycle;
          }
          if (depth[next] < 0) {
            depth[next] = d + 1;
            parent[next] = node;
            queue[tail++] = next;
          }
        }
      }
      return null;
    }

    /** Whether a cycle remains once the marked edges are gone: iterative three-colour DFS. */
    boolean hasCycle(boolean[] removed) {
      int n = names.length;
      byte[] colour = new byte[n];
      int[] stack = new int[n];
      int[] cursor = new int[n];
      for (int root = 0; root < n; root++) {
        if (colour[root] != 0) {
          continue;
        }
        int top = 0;
        stack[top] = root;
        cursor[root] = 0;
        colour[root] = 1;
        while (top >= 0) {
          int node = stack[top];
          if (cursor[node] < successors[node].length) {
            int k = cursor[node]++;
            if (removed[edgeIds[node][k]]) {
              continue;
            }
            int next = successors[node][k];
            if (colour[next] == 1) {
              return true;
            }
            if (colour[next] == 0) {
              colour[next] = 1;
              cursor[next] = 0;
              stack[++top] = next;
            }
          } else {
            colour[node] = 2;
            top--;
          }
        }
      }
      return false;
    }
  }

  /**
   * A greedy feedback arc set: the Eades–Lin–Smyth ordering heuristic, weighted by edge evidence
   * (repeatedly peel sinks and sources; otherwise take the node whose outgoing weight most exceeds
   * its incoming weight; ties by name). The edges that point backwards in the resulting order form
   * the cut. The cut is then made minimal: each cut edge, heaviest first, is put back if the
   * component stays acyclic without cutting it. Sorted by (from, to).
   */
  static List<Dependency> suggestedCut(
      Graph<String, Dependency> graph, SortedSet<String> component) {
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

  private static Map<String, Integer> elsOrder(
      Graph<String, Dependency> sub, SortedSet<String> component) {
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

  private static void remove(
      Graph<String, Dependency> sub,
      String node,
      Set<String> remaining,
      Map<String, Integer> in,
      Map<String, Integer> out,
      Map<String, Integer> inDegree,
      Map<String, Integer> outDegree,
      ArrayDeque<String> work) {
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

  private static List<Dependency> minimise(
      Graph<String, Dependency> sub, SortedSet<String> component, List<Dependency> cut) {
    Indexed indexed = new Indexed(sub, component);
    boolean[] removed = new boolean[indexed.edges.length];
    for (Dependency edge : cut) {
      removed[indexed.idOf(edge)] = true;
    }
    List<Dependency> heaviestFirst = new ArrayList<>(cut);
    heaviestFirst.sort(
        Comparator.comparingInt(Dependency::weight)
            .reversed()
            .thenComparing(Dependency::from)
            .thenComparing(Dependency::to));
    for (Dependency candidate : heaviestFirst) {
      int id = indexed.idOf(candidate);
      removed[id] = false;
      if (indexed.hasCycle(removed)) {
        removed[id] = true;
      }
    }
    List<Dependency> result = new ArrayList<>();
    for (int id = 0; id < removed.length; id++) {
      if (removed[id]) {
        result.add(indexed.edges[id]);
      }
    }
    result.sort(Comparator.comparing(Dependency::from).thenComparing(Dependency::to));
    return result;
  }
}
