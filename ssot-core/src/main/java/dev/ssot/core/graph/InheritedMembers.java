package dev.ssot.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The member types each type has in scope through its supertypes, memoised per type. The answer is
 * the one a breadth-first walk up the supertypes gives (nearest first; at equal distance the
 * earlier supertype in declaration order), but each type is worked out once from its supertypes'
 * results, so a 10,000-deep chain is linear. A type with one supertype and no member types of its
 * own shares its supertype's table (one level further away), so chains without member types cost
 * nothing per level. Built once, single-threaded, in sorted order, so supertype cycles (invalid
 * code) resolve the same way on every run; read concurrently afterwards.
 */
final class InheritedMembers {

  /** A member type and how many supertype steps away it is from the table's owner. */
  private record Found(String qualifiedName, int distance) {}

  /** A table plus the distance of its owner from the type asking. */
  private record View(Map<String, Found> table, int offset) {
    Found get(String simpleName) {
      Found found = table.get(simpleName);
      return found == null ? null : new Found(found.qualifiedName(), found.distance() + offset);
    }
  }

  private static final View EMPTY = new View(Map.of(), 0);

  /** Per type: the member types in scope in it, own included (distance 0). */
  private final Map<String, View> views;

  private InheritedMembers(Map<String, View> views) {
    this.views = views;
  }

  /** The member type {@code simpleName} inherited by {@code owner}, or null. */
  String find(String owner, String simpleName) {
    View view = views.get(owner);
    Found found = view == null ? null : view.get(simpleName);
    return found == null ? null : found.qualifiedName();
  }

  static InheritedMembers of(Collection<String> types, Map<String, List<String>> supertypes) {
    Map<String, Map<String, String>> own = new HashMap<>();
    for (String type : types) {
      int dot = type.lastIndexOf('.');
      if (dot > 0) {
        own.computeIfAbsent(type.substring(0, dot), k -> new HashMap<>())
            .put(type.substring(dot + 1), type);
      }
    }
    Map<String, View> views = new HashMap<>();
    Map<String, Boolean> inProgress = new HashMap<>();
    for (String root : new TreeSet<>(supertypes.keySet())) {
      Deque<String> stack = new ArrayDeque<>();
      stack.push(root);
      while (!stack.isEmpty()) {
        String type = stack.peek();
        if (views.containsKey(type)) {
          stack.pop();
          continue;
        }
        List<String> supers = supertypes.getOrDefault(type, List.of());
        if (inProgress.putIfAbsent(type, Boolean.TRUE) == null) {
          for (int i = supers.size() - 1; i >= 0; i--) {
            String next = supers.get(i);
            if (!views.containsKey(next) && !inProgress.containsKey(next)) {
              stack.push(next);
            }
          }
          continue;
        }
        stack.pop();
        views.put(type, combine(own.getOrDefault(type, Map.of()), supers, views));
        inProgress.remove(type);
      }
    }
    return new InheritedMembers(views);
  }

  /**
   * A type's view: its own member types, then each supertype's, one step further, nearest first.
   */
  private static View combine(
      Map<String, String> own, List<String> supers, Map<String, View> views) {
    List<View> done = new ArrayList<>();
    for (String next : supers) {
      View view = views.get(next); // null: part of a cycle still being worked out
      if (view != null && !view.table().isEmpty()) {
        done.add(view);
      }
    }
    if (own.isEmpty() && done.isEmpty()) {
      return EMPTY;
    }
    if (own.isEmpty() && done.size() == 1) {
      View only = done.get(0);
      return new View(only.table(), only.offset() + 1);
    }
    Map<String, Found> table = new HashMap<>();
    own.forEach((simple, qualified) -> table.put(simple, new Found(qualified, 0)));
    for (View view : done) {
      for (String simple : view.table().keySet()) {
        Found candidate = view.get(simple);
        Found inTable = table.get(simple);
        if (inTable == null || candidate.distance() + 1 < inTable.distance()) {
          table.put(simple, new Found(candidate.qualifiedName(), candidate.distance() + 1));
        }
      }
    }
    return new View(Map.copyOf(table), 0);
  }
}
