package dev.ssot.lang.java;

import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves type names as written in one file to types declared in the analysed sources, the way
 * javac scopes them, without symbol solving: member types of enclosing types, single-type imports,
 * the file's own package, on-demand imports, then fully qualified names. Anything else (the JDK,
 * libraries, {@code java.lang}) is external and resolves to {@code null}.
 *
 * <p>Known approximations: member types inherited from supertypes are not in scope, and a
 * capitalised variable used as a call receiver may resolve when a type of the same name is visible
 * (both rare in practice).
 */
public final class ImportResolver {

  private final TypeIndex index;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemand = new ArrayList<>();

  public ImportResolver(TypeIndex index, FileFacts file) {
    this.index = index;
    this.packageName = file.packageName();
    for (ImportRef imp : file.imports()) {
      if (imp.onDemand()) {
        // import a.b.*; and import static a.b.C.*; (the latter brings C's member types)
        onDemand.add(imp.name());
      } else if (!imp.isStatic()) {
        singleImports.putIfAbsent(lastSegment(imp.name()), imp.name());
      } else if (index.contains(imp.name())) {
        // import static a.Outer.Inner; brings a member type into scope
        singleImports.putIfAbsent(lastSegment(imp.name()), imp.name());
      }
    }
  }

  /** How a name was resolved; rules and the graph use it to pick the evidence to show. */
  public enum Via {
    ENCLOSING,
    SINGLE_IMPORT,
    SAME_PACKAGE,
    ON_DEMAND_IMPORT,
    QUALIFIED
  }

  /** A resolved name: the declared type it denotes and how it was found. */
  public record Resolution(String type, Via via) {}

  /**
   * Resolves the type an import statement depends on: the imported type itself, the type a static
   * member belongs to, or for {@code import static a.B.*} the type {@code a.B}. On-demand type
   * imports ({@code import a.*}) depend on nothing by themselves and resolve to null.
   */
  public String resolveImport(ImportRef imp) {
    if (imp.onDemand() && !imp.isStatic()) {
      return null;
    }
    return longestDeclaredPrefix(imp.name());
  }

  /** Resolves a type name as written inside {@code fromType} (qualified, may be null). */
  public Resolution resolve(String written, String fromType) {
    return resolve(written, fromType, false);
  }

  /**
   * Resolves a type name as written inside {@code fromType} (qualified, may be null).
   *
   * @param typeContext whether the syntax says the whole name is a type; then a trailing part that
   *     names no declared type (a member type inherited from a library) makes the whole name
   *     external, instead of a dependency on its declared prefix
   */
  public Resolution resolve(String written, String fromType, boolean typeContext) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    String found = null;
    Via via = null;
    // 1. member types of the enclosing types (declared or inherited), innermost first
    for (String scope = fromType; scope != null && found == null; scope = enclosingOf(scope)) {
      found = index.memberType(scope, first);
      via = Via.ENCLOSING;
    }
    if (found == null) {
      // 2. single-type imports (a single import shadows everything below, even when external)
      String imported = singleImports.get(first);
      if (imported != null) {
        if (!index.contains(imported)) {
          return null;
        }
        found = imported;
        via = Via.SINGLE_IMPORT;
      }
    }
    if (found == null) {
      // 3. the file's own package
      String samePackage = packageName.isEmpty() ? first : packageName + "." + first;
      if (index.contains(samePackage)) {
        found = samePackage;
        via = Via.SAME_PACKAGE;
      }
    }
    if (found == null) {
      // 4. on-demand imports: package members, or member types of a type (declared or inherited)
      for (String container : onDemand) {
        String candidate =
            index.contains(container)
                ? index.memberType(container, first)
                : container + "." + first;
        if (candidate != null && index.contains(candidate)) {
          found = candidate;
          via = Via.ON_DEMAND_IMPORT;
          break;
        }
      }
    }
    if (found != null) {
      String extended = extend(found, rest, typeContext);
      return extended == null ? null : new Resolution(extended, via);
    }
    // 5. fully qualified names
    if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
      String qualified = longestDeclaredPrefix(written);
      if (qualified != null) {
        if (typeContext && qualified.length() < written.length()) {
          String extended = extend(qualified, written.substring(qualified.length()), true);
          return extended == null ? null : new Resolution(extended, Via.QUALIFIED);
        }
        return new Resolution(qualified, Via.QUALIFIED);
      }
    }
    return null;
  }

  private String enclosingOf(String qualified) {
    TypeDecl type = index.get(qualified);
    return type == null ? null : type.enclosingType();
  }

  /**
   * Appends the segments of {@code rest} while they still name declared member types (inherited
   * ones included). In a type context a segment that names nothing declared makes the whole name
   * external (null); elsewhere the name is a field or method of the last type, which is returned.
   */
  private String extend(String resolved, String rest, boolean typeContext) {
    String current = resolved;
    int start = 1;
    while (start < rest.length()) {
      int next = rest.indexOf('.', start);
      String segment = next < 0 ? rest.substring(start) : rest.substring(start, next);
      String member = index.memberType(current, segment);
      if (member == null) {
        return typeContext ? null : current;
      }
      current = member;
      if (next < 0) {
        break;
      }
      start = next + 1;
    }
    return current;
  }

  /** The longest dotted prefix of {@code name} that is a declared type, or null. */
  private String longestDeclaredPrefix(String name) {
    String candidate = name;
    while (true) {
      if (index.contains(candidate)) {
        return candidate;
      }
      int dot = candidate.lastIndexOf('.');
      if (dot < 0) {
        return null;
      }
      candidate = candidate.substring(0, dot);
    }
  }

  private static String lastSegment(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
