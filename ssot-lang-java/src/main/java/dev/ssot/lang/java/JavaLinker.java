package dev.ssot.lang.java;

import dev.ssot.core.graph.FileLinks;
import dev.ssot.core.graph.Level;
import dev.ssot.core.graph.Link;
import dev.ssot.core.graph.Linker;
import dev.ssot.core.graph.TypeIndex;
import dev.ssot.core.graph.TypeUse;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeRef;
import dev.ssot.lang.java.ImportResolver.Resolution;
import dev.ssot.lang.java.ImportResolver.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links Java files: resolves every import and type reference against the index of declared types by
 * javac's scoping rules ({@link ImportResolver}).
 *
 * <p>Evidence rules: a resolved single-type import that code uses, or a static import, is evidence
 * at its own line (the references it enables add nothing more); a reference resolved through the
 * file's package, an on-demand import or a fully qualified name is evidence at the reference.
 * Imports that no code uses (also those only Javadoc mentions) create no edge, as in bytecode. At
 * the type level, imports count for the file's primary top-level type (the one named like the
 * file), references for their enclosing top-level type.
 */
final class JavaLinker implements Linker {

  private final List<FileFacts> files;
  private final TypeIndex index;
  private final Map<String, ImportResolver> resolvers =
      new java.util.concurrent.ConcurrentHashMap<>();

  JavaLinker(List<FileFacts> files, TypeIndex index) {
    this.files = List.copyOf(files);
    this.index = index;
  }

  @Override
  public boolean parallel() {
    return true;
  }

  @Override
  public Map<String, List<String>> supertypes() {
    return resolveSupertypes(index, files);
  }

  @Override
  public FileLinks links(FileFacts file) {
    return linksOf(index, file);
  }

  @Override
  public Optional<String> resolve(FileFacts file, TypeDecl context, String written) {
    ImportResolver resolver =
        resolvers.computeIfAbsent(file.path(), p -> new ImportResolver(index, file));
    ImportResolver.Resolution resolution = resolver.resolve(written, context.qualifiedName(), true);
    return resolution == null ? Optional.empty() : Optional.of(resolution.type());
  }

  /**
   * First pass: the declared supertypes of every type, resolved in the scope of its enclosing type
   * (external ones left out). The second pass needs them for member types inherited from
   * supertypes.
   */
  private static Map<String, List<String>> resolveSupertypes(
      TypeIndex index, List<FileFacts> files) {
    Map<String, List<String>> result = new java.util.concurrent.ConcurrentHashMap<>();
    files.parallelStream()
        .forEach(
            file -> {
              ImportResolver resolver = new ImportResolver(index, file);
              for (TypeDecl type : file.types()) {
                List<String> resolved = new ArrayList<>();
                for (String written : type.supertypes()) {
                  Resolution resolution = resolver.resolve(written, type.enclosingType(), true);
                  if (resolution != null && !resolution.type().equals(type.qualifiedName())) {
                    resolved.add(resolution.type());
                  }
                }
                if (!resolved.isEmpty()) {
                  result.putIfAbsent(type.qualifiedName(), List.copyOf(resolved));
                }
              }
            });
    return result;
  }

  private static FileLinks linksOf(TypeIndex index, FileFacts file) {
    List<Link> edges = new ArrayList<>();
    List<TypeUse> uses = new ArrayList<>();
    ImportResolver resolver = new ImportResolver(index, file);
    String primary = primaryType(file);
    String pkg = file.packageName();
    java.util.Set<String> usedImports = new java.util.HashSet<>();
    for (TypeRef ref : file.references()) {
      Resolution resolution = resolver.resolve(ref.name(), ref.fromType(), ref.typeContext());
      if (resolution == null) {
        continue;
      }
      TypeDecl target = index.get(resolution.type());
      Location at = new Location(file.path(), ref.line(), ref.column());
      String from = ref.fromType() == null ? null : topLevelOf(index, ref.fromType());
      if (resolution.via() == Via.SINGLE_IMPORT) {
        int dot = ref.name().indexOf('.');
        usedImports.add(dot < 0 ? ref.name() : ref.name().substring(0, dot));
      } else {
        uses.add(
            new TypeUse(
                at,
                file.path(),
                from,
                resolution.type(),
                resolution.via() == Via.QUALIFIED
                    ? TypeUse.Kind.QUALIFIED
                    : TypeUse.Kind.SIMPLE_NAME,
                ref.name()));
        add(edges, Level.PACKAGE, pkg, target.packageName(), at);
      }
      if (from != null && (resolution.via() != Via.SINGLE_IMPORT || !from.equals(primary))) {
        add(edges, Level.TYPE, from, target.topLevelName(), at);
      }
    }
    for (ImportRef imp : file.imports()) {
      String target = resolver.resolveImport(imp);
      if (target == null) {
        continue;
      }
      Location at = new Location(file.path(), imp.line(), imp.column());
      uses.add(
          new TypeUse(
              at,
              file.path(),
              primary,
              target,
              imp.isStatic() ? TypeUse.Kind.STATIC_IMPORT : TypeUse.Kind.IMPORT,
              imp.name()));
      // A type import that no code uses (or only Javadoc) is no dependency: javac drops it too.
      // Static imports count: uses of imported members are not tracked.
      String simple = imp.name().substring(imp.name().lastIndexOf('.') + 1);
      if (!imp.isStatic() && !usedImports.contains(simple)) {
        continue;
      }
      add(edges, Level.PACKAGE, pkg, index.get(target).packageName(), at);
      if (primary != null) {
        add(edges, Level.TYPE, primary, index.get(target).topLevelName(), at);
      }
    }
    return new FileLinks(edges, uses, List.of());
  }

  private static void add(List<Link> edges, Level level, String from, String to, Location at) {
    if (!from.equals(to)) {
      edges.add(new Link(level, from, to, at));
    }
  }

  private static String topLevelOf(TypeIndex index, String qualified) {
    TypeDecl type = index.get(qualified);
    return type == null ? null : type.topLevelName();
  }

  /** The top-level type named like the file, else the first top-level type, else null. */
  private static String primaryType(FileFacts file) {
    String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    String first = null;
    for (TypeDecl type : file.types()) {
      if (type.isNested()) {
        continue;
      }
      if (type.simpleName().equals(stem)) {
        return type.qualifiedName();
      }
      if (first == null) {
        first = type.qualifiedName();
      }
    }
    return first;
  }
}
