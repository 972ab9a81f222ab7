package dev.ssot.core.model;

import java.util.Comparator;

/**
 * A file or directory that discovery did not analyse, and why. Directories are listed once (what
 * lies below them is not visited); files only when a parser would have read them.
 *
 * @param path the path relative to the analysed root, exactly as the file system spells it, with
 *     {@code /} between names
 * @param kind what the entry is
 * @param reason why it was not analysed
 */
public record SkippedPath(String path, Kind kind, Reason reason) {

  /** By path, then kind and reason: the order reports list skipped paths in. */
  public static final Comparator<SkippedPath> ORDER =
      Comparator.comparing(SkippedPath::path)
          .thenComparing(SkippedPath::kind)
          .thenComparing(SkippedPath::reason);

  /** What a skipped entry is. */
  public enum Kind {
    FILE("file"),
    DIRECTORY("directory"),
    LINK("link"),
    OTHER("other");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The id used in reports. */
    public String id() {
      return id;
    }
  }

  /**
   * Why an entry was not analysed. The reasons of the core are constants here; a language front end
   * supplies its own (its virtual environments, its installed packages) with the discovery rules
   * that give them.
   *
   * @param id the report's spelling: lowercase words joined by {@code -}
   * @param description a few words for people
   * @param byRule whether the entry was left out by a rule about trees as builds and tools leave
   *     them (ignored files, build output, environments), rather than because it cannot or should
   *     not be read (unreadable, special files, links)
   */
  public record Reason(String id, String description, boolean byRule)
      implements Comparable<Reason> {

    public static final Reason NODE_MODULES =
        new Reason("node-modules", "node_modules directory", true);
    public static final Reason BUILD_OUTPUT =
        new Reason("build-output", "build output beside a build file", true);
    public static final Reason IGNORED =
        new Reason("ignored", "matched by .gitignore or .git/info/exclude", true);
    public static final Reason UNREADABLE = new Reason("unreadable", "cannot be read", false);
    public static final Reason NOT_REGULAR_FILE =
        new Reason("not-regular-file", "not a regular file (FIFO, socket or device)", false);
    public static final Reason LINK_NOT_FOLLOWED =
        new Reason(
            "link-not-followed", "symbolic link, not followed without --follow-links", false);
    public static final Reason LINK_OUTSIDE_ROOT =
        new Reason("link-outside-root", "symbolic link that leads out of the analysed root", false);
    public static final Reason LINK_BROKEN =
        new Reason("link-broken", "symbolic link to nothing", false);
    public static final Reason LINK_LOOP =
        new Reason("link-loop", "symbolic link to a directory that contains it", false);
    public static final Reason LINK_DUPLICATE =
        new Reason(
            "link-duplicate", "symbolic link to something analysed under another path", false);

    /** The reasons of the core that are {@link #byRule()}. */
    public static final java.util.List<Reason> CORE_RULES =
        java.util.List.of(IGNORED, BUILD_OUTPUT, NODE_MODULES);

    public Reason {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(description, "description");
    }

    /** By id, then description. */
    @Override
    public int compareTo(Reason other) {
      int byId = id.compareTo(other.id);
      if (byId != 0) {
        return byId;
      }
      int byDescription = description.compareTo(other.description);
      return byDescription != 0 ? byDescription : Boolean.compare(byRule, other.byRule);
    }
  }
}
