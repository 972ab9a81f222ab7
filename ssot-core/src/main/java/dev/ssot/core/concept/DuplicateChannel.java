package dev.ssot.core.concept;

/** A kind of evidence that two definitions implement one concept. */
public enum DuplicateChannel {
  /** The very same qualified name is defined twice (in two files, or twice in one module). */
  SAME_QUALIFIED_NAME("same qualified name"),
  /** The two bodies are token for token the same (names, comments and layout aside). */
  IDENTICAL_BODY("identical body"),
  /** Names that match once affixes are stripped, with members in common by name and arity. */
  NAMES("same name, shared members"),
  /** Bodies that are mostly the same tokens although the names differ (a renamed copy). */
  BODIES("similar bodies"),
  /**
   * A deprecated definition that still does its own work beside the successor its deprecation note
   * names (a renamed predecessor kept as a second implementation).
   */
  SUCCESSOR("deprecated beside the successor it names");

  private final String description;

  DuplicateChannel(String description) {
    this.description = description;
  }

  /** A few words for messages. */
  public String description() {
    return description;
  }

  /** The lower-case id used in reports ({@code same-qualified-name}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
