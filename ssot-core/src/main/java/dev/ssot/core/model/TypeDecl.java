package dev.ssot.core.model;

import dev.ssot.core.similarity.TokenBag;
import java.util.List;
import java.util.Set;

/**
 * A type declared in source, top level or nested.
 *
 * @param qualifiedName e.g. {@code com.acme.Outer.Inner}
 * @param simpleName the name qualified by enclosing types only, e.g. {@code Outer.Inner}
 * @param kind class, interface, enum, record or annotation
 * @param modifiers modifiers as written, and the markers a front end adds: {@link #GENERATED} for a
 *     type in a file a tool wrote
 * @param annotations annotation names as written (without {@code @})
 * @param deprecated whether the type carries {@code @Deprecated}
 * @param supertypes extended and implemented types as written (generic arguments removed)
 * @param location where the type's name is declared
 * @param endLine last line of the declaration
 * @param enclosingType qualified name of the enclosing type, or {@code null} for top level
 * @param fields the fields declared directly in the type
 * @param methods the methods and constructors declared directly in the type
 * @param body the fingerprint of the whole declaration as written (annotations, modifiers, header
 *     and body, nested types included; comments, whitespace and docstrings dropped; the type's own
 *     simple name replaced by {@link TokenBag.Builder#PLACEHOLDER}), for comparing bodies across
 *     types; {@link TokenBag#empty()} when the front end does not know it
 * @param successors for a deprecated type, the names its deprecation note points to as the
 *     replacement, as written ({@code TreeBidiMap}, {@code org.acme.NewApi}, {@code
 *     packaging.version}); empty otherwise
 */
public record TypeDecl(
    String qualifiedName,
    String simpleName,
    TypeKind kind,
    Set<String> modifiers,
    List<String> annotations,
    boolean deprecated,
    List<String> supertypes,
    Location location,
    int endLine,
    String enclosingType,
    List<FieldDecl> fields,
    List<MethodDecl> methods,
    TokenBag body,
    List<String> successors) {

  /** The modifier a front end gives every type of a file that says a tool generated it. */
  public static final String GENERATED = "generated";

  public TypeDecl {
    successors = List.copyOf(successors);
    modifiers = Set.copyOf(modifiers);
    annotations = List.copyOf(annotations);
    supertypes = List.copyOf(supertypes);
    fields = List.copyOf(fields);
    methods = List.copyOf(methods);
    body = body == null ? TokenBag.empty() : body;
  }

  /** A type that names no successor. */
  public TypeDecl(
      String qualifiedName,
      String simpleName,
      TypeKind kind,
      Set<String> modifiers,
      List<String> annotations,
      boolean deprecated,
      List<String> supertypes,
      Location location,
      int endLine,
      String enclosingType,
      List<FieldDecl> fields,
      List<MethodDecl> methods,
      TokenBag body) {
    this(
        qualifiedName,
        simpleName,
        kind,
        modifiers,
        annotations,
        deprecated,
        supertypes,
        location,
        endLine,
        enclosingType,
        fields,
        methods,
        body,
        List.of());
  }

  /** A type whose body fingerprint is unknown ({@link TokenBag#empty()}). */
  public TypeDecl(
      String qualifiedName,
      String simpleName,
      TypeKind kind,
      Set<String> modifiers,
      List<String> annotations,
      boolean deprecated,
      List<String> supertypes,
      Location location,
      int endLine,
      String enclosingType,
      List<FieldDecl> fields,
      List<MethodDecl> methods) {
    this(
        qualifiedName,
        simpleName,
        kind,
        modifiers,
        annotations,
        deprecated,
        supertypes,
        location,
        endLine,
        enclosingType,
        fields,
        methods,
        TokenBag.empty());
  }

  /** This type marked deprecated (everything else kept, its successors included). */
  public TypeDecl asDeprecated() {
    return deprecated
        ? this
        : new TypeDecl(
            qualifiedName,
            simpleName,
            kind,
            modifiers,
            annotations,
            true,
            supertypes,
            location,
            endLine,
            enclosingType,
            fields,
            methods,
            body,
            successors);
  }

  /** This type with one more modifier (such as {@link #GENERATED}). */
  public TypeDecl withModifier(String modifier) {
    if (modifiers.contains(modifier)) {
      return this;
    }
    Set<String> more = new java.util.HashSet<>(modifiers);
    more.add(modifier);
    return new TypeDecl(
        qualifiedName,
        simpleName,
        kind,
        more,
        annotations,
        deprecated,
        supertypes,
        location,
        endLine,
        enclosingType,
        fields,
        methods,
        body,
        successors);
  }

  /** This type with {@code body} as its fingerprint. */
  public TypeDecl withBody(TokenBag body) {
    return new TypeDecl(
        qualifiedName,
        simpleName,
        kind,
        modifiers,
        annotations,
        deprecated,
        supertypes,
        location,
        endLine,
        enclosingType,
        fields,
        methods,
        body,
        successors);
  }

  public boolean isNested() {
    return enclosingType != null;
  }

  /** The package part of the qualified name. */
  public String packageName() {
    int cut = qualifiedName.length() - simpleName.length() - 1;
    return cut <= 0 ? "" : qualifiedName.substring(0, cut);
  }

  /** The qualified name of the top-level type that contains this one (itself if top level). */
  public String topLevelName() {
    int dot = simpleName.indexOf('.');
    if (dot < 0) {
      return qualifiedName;
    }
    String pkg = packageName();
    String outer = simpleName.substring(0, dot);
    return pkg.isEmpty() ? outer : pkg + "." + outer;
  }
}
