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

  /** Why an entry was not analysed; {@link #id()} is the report's spelling. */
  public enum Reason {
    NODE_MODULES("node-modules", "node_modules directory"),
    VIRTUALENV("virtualenv", "Python virtual environment"),
    SITE_PACKAGES("site-packages", "installed Python packages"),
    TOOL_ENVIRONMENT("tool-environment", "tox or nox environment"),
    BUILD_OUTPUT("build-output", "build output beside a build file"),
    IGNORED("ignored", "matched by .gitignore or .git/info/exclude"),
    UNREADABLE("unreadable", "cannot be read"),
    NOT_REGULAR_FILE("not-regular-file", "not a regular file (FIFO, socket or device)"),
    LINK_NOT_FOLLOWED("link-not-followed", "symbolic link, not followed without --follow-links"),
    LINK_OUTSIDE_ROOT("link-outside-root", "symbolic link that leads out of the analysed root"),
    LINK_BROKEN("link-broken", "symbolic link to nothing"),
    LINK_LOOP("link-loop", "symbolic link to a directory that contains it"),
    LINK_DUPLICATE("link-duplicate", "symbolic link to something analysed under another path");

    private final String id;
    private final String description;

    Reason(String id, String description) {
      this.id = id;
      this.description = description;
    }

    /** The id used in reports. */
    public String id() {
      return id;
    }

    /** A few words for people. */
    public String description() {
      return description;
    }
  }
}
