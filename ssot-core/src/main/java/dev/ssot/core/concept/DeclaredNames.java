package dev.ssot.core.concept;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.TypeDecl;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a qualified name written in config ({@code canonical:}, {@code import:}) denotes: a type
 * declared under that name, or — in a language with module bindings — the class a module-level
 * binding leads to through its alias and re-export chain ({@code pkg.ws.WebSocketManager} bound by
 * {@code WebSocketManager = _Impl}).
 */
final class DeclaredNames {

  private final CodeGraph graph;

  DeclaredNames(CodeGraph graph) {
    this.graph = graph;
  }

  /**
   * What a written name denotes.
   *
   * @param type the type it names or leads to, or null
   * @param binding the module-level binding followed, or null when the name is a type's own
   * @param description for errors: what the name binds when that is no type ("a module", …)
   */
  record Denoted(TypeDecl type, ModuleScope.Resolution binding, String description) {

    /** The hops of the binding, {@code path:line how as name}, joined; "" for a type's own name. */
    String hops() {
      return binding == null
          ? ""
          : binding.chain().stream()
              .map(ModuleScope.Hop::describe)
              .collect(Collectors.joining(", "));
    }
  }

  /** What {@code written} denotes, or empty when nothing of the analysed code has that name. */
  Optional<Denoted> resolve(String written) {
    Optional<TypeDecl> type = graph.type(written);
    if (type.isPresent()) {
      return Optional.of(new Denoted(type.get(), null, null));
    }
    Optional<ModuleScope> modules = graph.modules();
    if (modules.isEmpty()) {
      return Optional.empty();
    }
    ModuleScope scope = modules.get();
    // the longest prefix that is a module of the codebase; the rest is the bound name
    for (int dot = written.lastIndexOf('.'); dot > 0; dot = written.lastIndexOf('.', dot - 1)) {
      String module = written.substring(0, dot);
      if (!scope.hasModule(module)) {
        continue;
      }
      String name = written.substring(dot + 1);
      if (name.contains(".")) {
        return Optional.of(new Denoted(null, null, "an attribute of module '" + module + "'"));
      }
      ModuleScope.Resolution resolution = scope.lookupFrom(module, name);
      return Optional.of(
          switch (resolution.kind()) {
            case CLASS ->
                graph
                    .type(resolution.target())
                    .map(t -> new Denoted(t, resolution, null))
                    .orElse(new Denoted(null, resolution, "'" + resolution.target() + "'"));
            case MODULE -> new Denoted(null, resolution, "module '" + resolution.target() + "'");
            case VALUE ->
                new Denoted(
                    null, resolution, "'" + resolution.target() + "', a function or variable");
            case MISSING ->
                new Denoted(null, resolution, "nothing: module '" + module + "' has no such name");
            case UNKNOWN ->
                new Denoted(
                    null,
                    resolution,
                    "'" + resolution.target() + "', which is outside the analysed code");
            case DYNAMIC ->
                new Denoted(null, resolution, "a name module '" + module + "' creates at run time");
          });
    }
    return Optional.empty();
  }
}
