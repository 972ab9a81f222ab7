package dev.ssot.rules.imports;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.ImportMove;
import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.ModuleScope;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.rule.FindingSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code non-canonical-import} for a plain module import, {@code import a.b as c} or {@code import
 * a.b}, whose module is a compatibility shim or deprecated, used through attributes ({@code c.X},
 * {@code a.b.X}) that are all re-exports of definitions living elsewhere, at least one of them a
 * class with a public path. One finding per such import, with the attribute uses as evidence.
 *
 * <p>The move names the module to import instead: the module of the class's preferred path. It is
 * safe when that module binds every attribute used to the very definition the old module binds
 * (then only the import's module path changes); otherwise, or when the module object is used other
 * than through attributes, it carries the reason no rewrite is offered.
 */
final class ModuleImports {

  private ModuleImports() {}

  /** One attribute the file reads from the imported module. */
  private record Attribute(String name, ModuleScope.Resolution resolution, List<TypeRef> uses) {}

  static void check(CodeGraph graph, ModuleScope modules, FindingSink findings) {
    for (FileFacts file : graph.files()) {
      if (file.references().isEmpty() || !NonCanonicalImportRule.bindsModules(graph, file.path())) {
        continue;
      }
      for (ImportRef imp : file.imports()) {
        if (!imp.fromImport() && !imp.onDemand()) {
          checkImport(graph, modules, file, imp, findings);
        }
      }
    }
  }

  private static void checkImport(
      CodeGraph graph, ModuleScope modules, FileFacts file, ImportRef imp, FindingSink findings) {
    String module = imp.name();
    if (!modules.hasModule(module) || module.equals(file.packageName())) {
      return;
    }
    String deprecation = modules.deprecation(module);
    boolean shim = modules.isShimModule(module);
    if (deprecation == null && !shim) {
      return;
    }
    String prefix = imp.alias() != null ? imp.alias() : module;
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    TypeRef otherUse = null;
    for (TypeRef ref : file.references()) {
      if (ref.fromType() != null) {
        continue; // a module-level name a class's code reads, not a use of the import's module
      }
      String name = ref.name();
      if (name.startsWith(prefix + ".")) {
        String rest = name.substring(prefix.length() + 1);
        int dot = rest.indexOf('.');
        String attribute = dot < 0 ? rest : rest.substring(0, dot);
        attributes
            .computeIfAbsent(
                attribute, a -> new Attribute(a, modules.lookupFrom(module, a), new ArrayList<>()))
            .uses()
            .add(ref);
      } else if (name.equals(prefix) || (imp.alias() == null && prefix.startsWith(name + "."))) {
        otherUse = otherUse == null ? ref : otherUse;
      }
    }
    if (attributes.isEmpty()) {
      return; // imported for its side effects, or only passed on: no attribute to move
    }
    // Every attribute must be a re-export of something defined elsewhere; at least one a class with
    // a public path, whose module is the one to import instead.
    String instead = null;
    for (Attribute attribute : attributes.values()) {
      ModuleScope.Resolution resolution = attribute.resolution();
      boolean reExport =
          (resolution.kind() == ModuleScope.Kind.CLASS
                  || resolution.kind() == ModuleScope.Kind.VALUE)
              && !resolution.chain().isEmpty()
              && !definedIn(graph, resolution, module)
              // a class inside a deprecated package goes with it: any path to it runs the
              // package's warning
              && !(deprecation != null && definedIn(graph, resolution, module + "."));
      if (!reExport) {
        return;
      }
      if (instead == null && resolution.kind() == ModuleScope.Kind.CLASS) {
        instead = preferredModule(modules, resolution.target(), attribute.name());
      }
    }
    if (instead == null || instead.equals(module)) {
      return;
    }
    if (Fallbacks.keptOnPurpose(
        modules, file, imp, attributes.values().iterator().next().resolution().target())) {
      return;
    }
    Location at = new Location(file.path(), imp.line(), imp.column());
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.ImportOf(imp.asWritten(), at));
    TreeSet<String> before = new TreeSet<>();
    TreeSet<String> after = new TreeSet<>();
    String reason = null;
    for (Attribute attribute : attributes.values()) {
      TypeRef first = attribute.uses().get(0);
      evidence.add(
          new Evidence.ImportOf(
              prefix + "." + attribute.name(),
              new Location(file.path(), first.line(), first.column())));
      for (ModuleScope.Hop hop : attribute.resolution().chain()) {
        evidence.add(
            new Evidence.ReExport(
                hop.module() + "." + hop.name(),
                attribute.resolution().target(),
                hop.location(),
                hop.how()));
      }
      String target = attribute.resolution().target();
      graph
          .type(target)
          .ifPresent(t -> evidence.add(new Evidence.Definition(target, t.location())));
      before.add(target);
      ModuleScope.Resolution there = modules.lookupFrom(instead, attribute.name());
      if (there.target() != null
          && there.kind() == attribute.resolution().kind()
          && there.target().equals(target)) {
        after.add(target);
      } else {
        after.add(there.target() == null ? instead + "." + attribute.name() : there.target());
        if (reason == null) {
          reason =
              instead
                  + (there.kind() == ModuleScope.Kind.MISSING
                      ? " does not bind " + attribute.name()
                      : " binds " + attribute.name() + " to " + there.target() + ", not " + target)
                  + " (used at line "
                  + first.line()
                  + ")";
        }
      }
    }
    if (reason == null && otherUse != null) {
      reason =
          "the module "
              + prefix
              + " is used other than through its attributes (line "
              + otherUse.line()
              + ")";
    }
    String why =
        deprecation != null
            ? "the deprecated module " + module + " (" + deprecation + ")"
            : "the compatibility module " + module + ", which only re-exports";
    String names = String.join(", ", attributes.keySet());
    Map<String, String> homes = new LinkedHashMap<>();
    for (Attribute attribute : attributes.values()) {
      String target = attribute.resolution().target();
      String home =
          attribute.resolution().kind() == ModuleScope.Kind.CLASS
              ? preferredModule(modules, target, attribute.name())
              : target.substring(0, target.lastIndexOf('.'));
      homes.put(attribute.name(), home == null ? instead : home);
    }
    String advice =
        homes.values().stream().distinct().count() == 1
            ? "import " + instead + (imp.alias() != null ? " as " + imp.alias() : "")
            : "import "
                + String.join(
                    ", ",
                    homes.entrySet().stream()
                        .map(e -> e.getKey() + " from " + e.getValue())
                        .toList());
    String message =
        imp.asWritten() + " reaches " + names + " through " + why + "; " + advice + " instead";
    List<String> symbols = new ArrayList<>(before);
    symbols.add(module);
    ImportMove move =
        new ImportMove(
            module,
            at,
            instead,
            String.join(", ", before),
            String.join(", ", after),
            reason == null ? ImportMove.Safety.SAFE : ImportMove.Safety.NONE,
            reason);
    findings
        .at(at)
        .message(message)
        .symbols(symbols)
        .evidence(evidence)
        .subject(file.path() + "#module:" + module + (imp.alias() == null ? "" : ":" + imp.alias()))
        .move(move)
        .report();
  }

  /**
   * Whether what a name resolves to is defined in the module itself (not a re-export), or, for a
   * {@code module} ending in a dot, anywhere inside that package.
   */
  private static boolean definedIn(
      CodeGraph graph, ModuleScope.Resolution resolution, String module) {
    String home;
    if (resolution.kind() == ModuleScope.Kind.CLASS) {
      home = graph.type(resolution.target()).map(t -> t.packageName()).orElse(null);
    } else {
      int dot = resolution.target().lastIndexOf('.');
      home = dot < 0 ? null : resolution.target().substring(0, dot);
    }
    if (home == null) {
      return true;
    }
    return module.endsWith(".") ? home.startsWith(module) : home.equals(module);
  }

  /**
   * The module of a class's preferred public path: the first binding outside deprecated and shim
   * modules, under a public name, in the class's own top-level package; one that binds it under the
   * name the file uses first.
   */
  private static String preferredModule(ModuleScope modules, String target, String used) {
    String any = null;
    for (ModuleScope.Binding binding : modules.bindingsOf(target)) {
      if (modules.deprecation(binding.module()) == null
          && !modules.isShimModule(binding.module())
          && !binding.name().startsWith("_")
          && ModuleScope.topLevel(binding.module()).equals(ModuleScope.topLevel(target))) {
        if (binding.name().equals(used)) {
          return binding.module();
        }
        any = any == null ? binding.module() : any;
      }
    }
    return any;
  }
}
