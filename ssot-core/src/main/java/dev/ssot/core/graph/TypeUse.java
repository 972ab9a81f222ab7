package dev.ssot.core.graph;

import dev.ssot.core.model.Location;
import java.util.List;

/**
 * One place where code reaches a declared type: an import or a reference in code, with the path it
 * took.
 *
 * @param location where it is written
 * @param fromFile the path of the file it is written in
 * @param fromType the qualified name of the top-level type it is written in, or null
 * @param target the declared type reached (nested types included, e.g. {@code a.Outer.Inner})
 * @param kind how the type is reached
 * @param written the name as written ({@code a.b.C} for imports and qualified references)
 * @param chain for an import through module-level bindings, the re-export hops between the import
 *     and the definition
 */
public record TypeUse(
    Location location,
    String fromFile,
    String fromType,
    String target,
    Kind kind,
    String written,
    List<ModuleScope.Hop> chain) {

  public TypeUse {
    chain = List.copyOf(chain);
  }

  /** A use that reaches its type directly. */
  public TypeUse(
      Location location,
      String fromFile,
      String fromType,
      String target,
      Kind kind,
      String written) {
    this(location, fromFile, fromType, target, kind, written, List.of());
  }

  /** How a use reaches its type. */
  public enum Kind {
    /** {@code import a.b.C;} */
    IMPORT,
    /** {@code import static a.b.C.member;} or {@code import static a.b.C.*;} */
    STATIC_IMPORT,
    /** {@code a.b.C} written out in code, without an import. */
    QUALIFIED,
    /**
     * A simple name resolved through the file's package, an on-demand import or an enclosing type.
     */
    SIMPLE_NAME;

    /** Whether the use names the type's full path (an import path a user chose). */
    public boolean namesPath() {
      return this != SIMPLE_NAME;
    }
  }
}
