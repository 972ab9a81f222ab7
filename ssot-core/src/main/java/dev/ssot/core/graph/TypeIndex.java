package dev.ssot.core.graph;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.TypeDecl;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every type declared in the analysed sources, by qualified name, and the packages they live in.
 */
public final class TypeIndex {

  private final Map<String, TypeDecl> byName;
  private final Set<String> packages;
  private Map<String, List<String>> supertypes = Map.of();

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

  /** The resolved declared supertypes of a type (external ones left out), in declaration order. */
  public List<String> supertypesOf(String qualifiedName) {
    return supertypes.getOrDefault(qualifiedName, List.of());
  }

  /** Set once by the graph builder after the first resolution pass. */
  void supertypes(Map<String, List<String>> resolved) {
    this.supertypes = Map.copyOf(resolved);
    this.inherited = InheritedMembers.of(byName.keySet(), this.supertypes);
  }

  /** Member types in scope in each type through its supertypes; built with the supertypes. */
  private InheritedMembers inherited = null;

  /**
   * A member type named {@code simpleName} of {@code owner} or of one of its declared supertypes
   * (inherited member types are in scope in Java), nearest first; or null. What each type inherits
   * is worked out once per type (see {@link InheritedMembers}), so a deep hierarchy costs linear
   * time, not a walk up the chain for every name resolved in it.
   */
  public String memberType(String owner, String simpleName) {
    String own = owner + "." + simpleName;
    if (byName.containsKey(own)) {
      return own;
    }
    return inherited == null ? null : inherited.find(owner, simpleName);
  }
}
