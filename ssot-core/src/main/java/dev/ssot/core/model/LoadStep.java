package dev.ssot.core.model;

/**
 * One thing a module does while it is being loaded, in the order it runs: the statements that run
 * when the module is first imported (not those inside functions, nor those only type checkers
 * read). A language front end records them so that its linker can replay a module's loading; the
 * core only stores them.
 *
 * @param kind what the step does
 * @param line 1-based line of the statement
 * @param column 1-based column of the statement
 * @param module for {@link Kind#LOAD} and {@link Kind#LOAD_FROM}, the absolute name of the module
 *     loaded; else null
 * @param member for {@link Kind#LOAD_FROM}, the name taken from the module ({@code *} for all its
 *     public names); for {@link Kind#READ}, the dotted attribute path read from {@code name}; else
 *     null
 * @param name the name the step binds in the module ({@link Kind#LOAD}, {@link Kind#LOAD_FROM},
 *     {@link Kind#BIND}; null for a star load) or, for {@link Kind#READ}, the module-level name
 *     whose attributes are read
 * @param aliased for {@link Kind#LOAD}, whether the loaded module itself is bound ({@code import
 *     a.b as c}) rather than its top-level package ({@code import a.b} binds {@code a})
 * @param catches which failures an enclosing handler catches: a sum of {@link #CATCHES_IMPORT} and
 *     {@link #CATCHES_ATTRIBUTE}
 * @param conditional whether the step runs only under a condition (an {@code if}, a loop, a {@code
 *     try} handler)
 */
public record LoadStep(
    Kind kind,
    int line,
    int column,
    String module,
    String member,
    String name,
    boolean aliased,
    int catches,
    boolean conditional) {

  /** An enclosing handler catches a failed import ({@code except ImportError}). */
  public static final int CATCHES_IMPORT = 1;

  /** An enclosing handler catches a missing attribute ({@code except AttributeError}). */
  public static final int CATCHES_ATTRIBUTE = 2;

  /** What a step does. */
  public enum Kind {
    /** Loads a module (and the packages it lies in) and binds a name to it. */
    LOAD,
    /** Loads a module and binds one of its names ({@code from m import x}). */
    LOAD_FROM,
    /** Binds a name (a definition, an assignment). */
    BIND,
    /** Reads an attribute path of the module bound to a name ({@code m.X} at top level). */
    READ
  }

  /** The statement as a short text for messages ({@code from a import X}, {@code a.X}). */
  public String describe() {
    return switch (kind) {
      case LOAD -> "import " + module + (aliased ? " as " + name : "");
      case LOAD_FROM ->
          "from "
              + module
              + " import "
              + member
              + (name != null && !name.equals(member) ? " as " + name : "");
      case BIND -> name + " = …";
      case READ -> name + "." + member;
    };
  }
}
