package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves type names as written in one file to types declared in the analysed sources, the way
 * javac scopes them, without symbol solving: member types of enclosing types, single-type
 * imports, the file's own package, on-demand imports, then fully qualified names. Anything else
 * (the JDK, libraries, {@code java.lang}) is external and resolves to {@code null}.
 *
 * <p>Known approximations: member types inherited from supertypes are not in scope, and a
 * capitalised variable used as a call receiver may resolve when a type of the same name is
 * visible (both rare in practice).
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
        if (!imp.isStatic()) {
          onDemand.add(imp.name());
        }
      } else if (!imp.isStatic()) {
        singleImports.putIfAbsent(lastSegment(imp.name()), imp.name());
      }
    }
  }

  /** How a name was resolved; rules and the graph use it to pick the evidence to show. */
  public enum Via {
    ENCLOSING, SINGLE_IMPORT, SAME_PACKAGE, ON_DEMAND_IMPORT, QUALIFIED
  }

  /** A resolved name: the declared type it denotes and how it was found. */
  public record Resolution(String type, Via via) {}

  /**
   * Resolves the type an import statement depends on: the imported type itself, the type a
   * static member belongs to, or for {@code import static a.B.*} the type {@code a.B}. On-demand
   * type imports ({@code import a.*}) depend on nothing by themselves and resolve to null.
   */
  public String resolveImport(ImportRef imp) {
    if (imp.onDemand() && !imp.isStatic()) {
      return null;
    }
    return longestDeclaredPrefix(imp.name());
  }

  /** Resolves a type name as written inside {@code fromType} (qualified, may be null). */
  public Resolution resolve(String written, String fromType) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    // 1. member types of the enclosing types, innermost first
    for (String scope = fromType; scope != null; scope = enclosingOf(scope)) {
      String candidate = scope + "." + first;
      if (index.contains(candidate)) {
        return new Resolution(extend(candidate, rest), Via.ENCLOSING);
      }
    }
    // 2. single-type imports
    String imported = singleImports.get(first);
    if (imported != null) {
      return index.contains(imported) ? new Resolution(extend(imported, rest), Via.SINGLE_IMPORT) : null;
    }
    // 3. the file's own package
    String samePackage = packageName.isEmpty() ? first : packageName + "." + first;
    if (index.contains(samePackage)) {
      return new Resolution(extend(samePackage, rest), Via.SAME_PACKAGE);
    }
    // 4. on-demand imports (package or type members)
    for (String container : onDemand) {
      String candidate = container + "." + first;
      if (index.contains(candidate)) {
        return new Resolution(extend(candidate, rest), Via.ON_DEMAND_IMPORT);
      }
    }
    // 5. fully qualified names
    if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
      String qualified = longestDeclaredPrefix(written);
      if (qualified != null) {
        return new Resolution(qualified, Via.QUALIFIED);
      }
    }
    return null;
  }

  private String enclosingOf(String qualified) {
    TypeDecl type = index.get(qualified);
    return type == null ? null : type.enclosingType();
  }

  /** Appends the segments of {@code rest} while they still name declared (nested) types. */
  private String extend(String resolved, String rest) {
    String current = resolved;
    int start = 1;
    while (start < rest.length()) {
      int next = rest.indexOf('.', start);
      String segment = next < 0 ? rest.substring(start) : rest.substring(start, next);
      String candidate = current + "." + segment;
      if (!index.contains(candidate)) {
        break;
      }
      current = candidate;
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
