package dev.ssot.core.finding;

import dev.ssot.core.model.Location;
import java.util.Objects;

/**
 * What a finding asks to change about one import or qualified reference, in neutral terms: the path
 * as written, where, the path to write instead, and what each binds. A language's {@code
 * ImportRewriter} turns it into edits.
 *
 * @param written the dotted path as written ({@code a.b.C}, or {@code module.name} for a module
 *     import)
 * @param location where it is written (the import statement, or the reference in code)
 * @param replacement the dotted path to write instead
 * @param boundBefore the definition the written path binds
 * @param boundAfter the definition the replacement binds
 * @param safety whether both bind the same definition
 * @param reason why the move is not safe, or null when it is
 */
public record ImportMove(
    String written,
    Location location,
    String replacement,
    String boundBefore,
    String boundAfter,
    Safety safety,
    String reason) {

  /** How far the replacement binds what the written path bound. */
  public enum Safety {
    /** The very same definition, through its re-export chain: a rewrite changes nothing. */
    SAFE,
    /**
     * A definition that differs only by an alias or a shim that forwards to it: the rewrite keeps
     * the behaviour but may change types (opt in with unsafe fixes).
     */
    UNSAFE,
    /** Another definition: no rewrite is offered. */
    NONE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ImportMove {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(safety, "safety");
  }
}
