package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every type declared in the analysed sources, by qualified name, and the packages they live in. */
public final class TypeIndex {

  private final Map<String, TypeDecl> byName;
  private final Set<String> packages;

  TypeIndex(List<FileFacts> files) {
    Map<String, TypeDecl> types = new HashMap<>();
    Map<String, Boolean> pkgs = new TreeMap<>();
    for (FileFacts file : files) {
      pkgs.put(file.packageName(), Boolean.TRUE);
      for (TypeDecl type : file.types()) {
        // The first declaration (in path order) wins when a name is declared twice.
        types.putIfAbsent(type.qualifiedName(), type);
      }
    }
    this.byName = types;
    this.packages = Collections.unmodifiableSet(pkgs.keySet());
  }

  public boolean contains(String qualifiedName) {
    return byName.containsKey(qualifiedName);
  }

  public TypeDecl get(String qualifiedName) {
    return byName.get(qualifiedName);
  }

  public boolean containsPackage(String name) {
    return packages.contains(name);
  }

  /** The packages that declare at least one file, sorted. */
  public Set<String> packages() {
    return packages;
  }

  public int size() {
    return byName.size();
  }
}
