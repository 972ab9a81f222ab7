package dev.ssot.core.parse;

import dev.ssot.core.model.SkippedPath;
import java.util.Objects;
import java.util.Set;

/**
 * A rule of {@link Discovery} that leaves out a directory a build or a tool created (an
 * environment, installed packages, build output), listed with its {@link #reason()}. The core has
 * the rules that hold for any tree ({@link #CORE}); a language front end supplies those of its own
 * tools ({@code Language.discoveryRules()}).
 *
 * <p>A directory matches when its name is one of {@link #names()} or ends with one of {@link
 * #suffixes()} (both empty: any name), and, when {@link #beside()} is not empty, one of those names
 * sits in the same directory as it, and, when {@link #inside()} is not empty, the directory itself
 * holds one of those names (such a rule is applied when the directory is listed, and never looks
 * beside it). A hidden directory (its name starts with a dot) is left out unlisted unless a rule
 * names it exactly. No rule applies under {@link Discovery.Options#noIgnore()}.
 *
 * @param names directory names the rule matches
 * @param suffixes endings of directory names the rule matches ({@code .egg-info})
 * @param beside names of which one must sit beside the directory (a build file), or empty
 * @param inside names of which one must sit in the directory (a marker file), or empty
 * @param reason why a matching directory is left out
 */
public record DiscoveryRule(
    Set<String> names,
    Set<String> suffixes,
    Set<String> beside,
    Set<String> inside,
    SkippedPath.Reason reason) {

  /** The rules of every tree: {@code node_modules}. */
  public static final java.util.List<DiscoveryRule> CORE =
      java.util.List.of(named(SkippedPath.Reason.NODE_MODULES, "node_modules"));

  public DiscoveryRule {
    names = Set.copyOf(names);
    suffixes = Set.copyOf(suffixes);
    beside = Set.copyOf(beside);
    inside = Set.copyOf(inside);
    Objects.requireNonNull(reason, "reason");
    if (!inside.isEmpty() && !beside.isEmpty()) {
      throw new IllegalArgumentException("a rule looks either inside a directory or beside it");
    }
  }

  /** Directories with one of these names, wherever they are. */
  public static DiscoveryRule named(SkippedPath.Reason reason, String... names) {
    return new DiscoveryRule(Set.of(names), Set.of(), Set.of(), Set.of(), reason);
  }

  /** Directories, whatever their names, that hold one of these names (an environment marker). */
  public static DiscoveryRule holding(SkippedPath.Reason reason, String... markers) {
    return new DiscoveryRule(Set.of(), Set.of(), Set.of(), Set.of(markers), reason);
  }

  /** This rule, also matching names that end with one of these. */
  public DiscoveryRule orEndingWith(String... endings) {
    return new DiscoveryRule(names, Set.of(endings), beside, inside, reason);
  }

  /** This rule, only where one of these names sits beside the directory (a build file). */
  public DiscoveryRule besideAnyOf(String... files) {
    return new DiscoveryRule(names, suffixes, Set.of(files), inside, reason);
  }

  /** Whether the rule looks into the directory ({@link #inside()}), not only at its name. */
  boolean looksInside() {
    return !inside.isEmpty();
  }

  /** Whether the rule names this directory exactly. */
  boolean namesExactly(String name) {
    return names.contains(name);
  }

  /**
   * Whether a directory of this name, with these names beside it, matches by its name and
   * neighbours (not what it holds).
   */
  boolean matches(String name, Set<String> siblings) {
    boolean named =
        names.isEmpty() && suffixes.isEmpty()
            || names.contains(name)
            || suffixes.stream().anyMatch(name::endsWith);
    return named && (beside.isEmpty() || beside.stream().anyMatch(siblings::contains));
  }

  /** Whether a directory of this name, holding these names, matches by what it holds. */
  boolean holds(String name, Set<String> entries) {
    return matches(name, Set.of()) && inside.stream().anyMatch(entries::contains);
  }
}
