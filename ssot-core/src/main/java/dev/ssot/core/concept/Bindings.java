package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the code of a type is bound to: the declared types of the analysed code it names (in its
 * supertypes, signatures and bodies, its nested types' code included), each resolved in the type's
 * own file. The type itself and its nested types are left out, so two copies of one body that only
 * name their own parts are bound to the same things.
 *
 * <p>Two bodies of the same text can be bound to different things: {@code return new
 * KeyTransform(...)} in two modules that each define their own {@code KeyTransform}, a builder
 * whose {@code build()} returns its own outer type. Such a pair is one template applied in two
 * places, not one implementation written twice. Computed on demand, once per type.
 */
final class Bindings {

  private final CodeGraph graph;
  private final Map<TypeDecl, Set<String>> cache = new java.util.IdentityHashMap<>();
  private final Map<String, Map<String, java.util.List<TypeRef>>> refsByFile = new HashMap<>();

  Bindings(CodeGraph graph) {
    this.graph = graph;
  }

  /** The declared types {@code type}'s code names, by qualified name, sorted. */
  Set<String> of(TypeDecl type) {
    Set<String> known = cache.get(type);
    if (known != null) {
      return known;
    }
    Set<String> result = new TreeSet<>();
    String self = type.qualifiedName();
    FileFacts file = graph.file(type.location().path()).orElse(null);
    if (file == null) {
      cache.put(type, Set.of());
      return Set.of();
    }
    for (String written : type.supertypes()) {
      String bound = bind(file, type, written);
      if (!inside(bound, self)) {
        result.add(bound);
      }
    }
    Map<String, java.util.List<TypeRef>> byType = refsOf(type.location().path());
    for (Map.Entry<String, java.util.List<TypeRef>> entry : byType.entrySet()) {
      if (!inside(entry.getKey(), self)) {
        continue;
      }
      TypeDecl context =
          entry.getKey().equals(self) ? type : graph.type(entry.getKey()).orElse(type);
      Set<String> locals = localsOf(context);
      if (context != type) {
        locals.addAll(localsOf(type));
      }
      for (TypeRef ref : entry.getValue()) {
        if (locals.contains(ref.name())) {
          continue; // a parameter or attribute of the same name, not the module's
        }
        String bound = bind(file, context, ref.name());
        if (!inside(bound, self)) {
          result.add(bound);
        }
      }
    }
    Set<String> frozen = java.util.Collections.unmodifiableSet(result);
    cache.put(type, frozen);
    return frozen;
  }

  /** The names a type's methods take as parameters and its fields: they shadow module names. */
  private static Set<String> localsOf(TypeDecl type) {
    Set<String> locals = new java.util.HashSet<>();
    for (dev.ssot.core.model.MethodDecl method : type.methods()) {
      locals.addAll(method.parameterNames());
    }
    type.fields().forEach(f -> locals.add(f.name()));
    return locals;
  }

  /**
   * What a name written in {@code context} denotes: a declared type of the analysed code by its
   * qualified name; where the language binds names per module, a module, function or variable of
   * the analysed code, or what an import binds it to outside the code ({@code ~MySQLdb}); else the
   * name as written, marked external ({@code ~HttpServletRequest}).
   */
  private String bind(FileFacts file, TypeDecl context, String written) {
    Optional<String> type = graph.resolve(context, written);
    if (type.isPresent()) {
      return type.get();
    }
    ModuleScope modules = graph.modules().orElse(null);
    if (modules != null && modules.hasModule(file.packageName())) {
      ModuleScope.Resolution resolution = modules.resolveWritten(file.packageName(), written);
      switch (resolution.kind()) {
        case CLASS, MODULE, VALUE -> {
          return resolution.target();
        }
        case UNKNOWN -> {
          String target = resolution.target();
          return EXTERNAL + (target == null || target.isEmpty() ? written : target);
        }
        default -> {
          return EXTERNAL + written;
        }
      }
    }
    return EXTERNAL + imported(file, written);
  }

  /**
   * A name outside the analysed code, qualified through the file's single-name imports ({@code
   * Base64} after {@code import java.util.Base64;} is {@code java.util.Base64}, as written out in
   * full elsewhere); as written otherwise.
   */
  private static String imported(FileFacts file, String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    for (dev.ssot.core.model.ImportRef imp : file.imports()) {
      if (!imp.onDemand()
          && !imp.isStatic()
          && !imp.fromImport()
          && imp.alias() == null
          && (imp.name().equals(first) || imp.name().endsWith("." + first))) {
        return imp.name() + written.substring(first.length());
      }
    }
    return written;
  }

  /** The mark of a name bound outside the analysed code. */
  static final String EXTERNAL = "~";

  private Map<String, java.util.List<TypeRef>> refsOf(String path) {
    return refsByFile.computeIfAbsent(
        path,
        p -> {
          Map<String, java.util.List<TypeRef>> byType = new HashMap<>();
          FileFacts file = graph.file(p).orElse(null);
          if (file != null) {
            for (TypeRef ref : file.references()) {
              if (ref.fromType() != null) {
                byType.computeIfAbsent(ref.fromType(), k -> new java.util.ArrayList<>()).add(ref);
              }
            }
          }
          return byType;
        });
  }

  private static boolean inside(String name, String type) {
    return name.equals(type) || name.startsWith(type + ".");
  }
}
