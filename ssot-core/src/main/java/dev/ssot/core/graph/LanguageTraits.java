package dev.ssot.core.graph;

import dev.ssot.core.model.TypeDecl;

/**
 * The questions language-neutral code asks about a language, answered once by its front end, so
 * that concepts and rules never test which language a file is in. The defaults describe a
 * statically typed language with packages, explicit overrides and nominal interfaces.
 */
public interface LanguageTraits {

  /** Traits of a language without a front end on the class path: the defaults. */
  LanguageTraits DEFAULT = new LanguageTraits() {};

  /**
   * Whether parameter names belong in a method's signature: without written types, a copy shows in
   * its parameter names ({@code execute(sql, params)} is not {@code execute(query, args)}).
   */
  default boolean parameterNamesInSignature() {
    return false;
  }

  /**
   * Whether a method belongs to the object protocol every class may implement ({@code __repr__},
   * {@code __eq__}), which says nothing about what a class is.
   */
  default boolean isObjectProtocol(String methodName) {
    return false;
  }

  /**
   * Whether a member-less subtype may be an alias of its supertype. Where aliases are written as
   * bindings ({@code Alias = Target}), an empty subclass is a concrete class of its base instead.
   */
  default boolean emptySubtypeMayBeAlias() {
    return true;
  }

  /**
   * Whether overrides are marked in source ({@code @Override}); where they are not, two subclasses
   * of one base share only what the base asks of them.
   */
  default boolean overridesMarked() {
    return true;
  }

  /**
   * Whether types made of fields only (records of settings, dataclasses) share field names by
   * design, so field names are no evidence of a copy.
   */
  default boolean fieldOnlyTypesShareByDesign() {
    return false;
  }

  /**
   * Whether classes implement interfaces by shape, without naming them (structural typing): then a
   * class and an interface with the same methods are no copies.
   */
  default boolean structuralInterfaces() {
    return false;
  }

  /** The fewest shared methods that can show a copy of a same-named type (1: one signature). */
  default int minSharedMethodsForSameName() {
    return 1;
  }

  /** Whether a simple name is private by convention ({@code _Impl}). */
  default boolean isPrivateName(String simpleName) {
    return false;
  }

  /**
   * The namespace an inferred concept stays within: types in different namespaces are not paired by
   * name. Default: the first two package segments ({@code com.acme}).
   */
  default String namespace(TypeDecl type) {
    String[] segments = type.packageName().split("\\.");
    return segments.length <= 2 ? type.packageName() : segments[0] + "." + segments[1];
  }

  /**
   * Whether two {@link #namespace namespaces} belong to different owners (reverse-domain package
   * names: {@code com.google} and {@code org.springframework} are other organisations' code), so
   * that only the same qualified name or nearly identical text pairs types across them. Where a
   * namespace is only a top-level package (Python), one project often has several, and this is
   * false.
   */
  default boolean namespacesAreOwners() {
    return true;
  }

  /**
   * Whether an import names the path it took to a type ({@code pkg.manager.WebSocketManager} via a
   * re-export) rather than the type's own qualified name.
   */
  default boolean importsNameTheirPath() {
    return false;
  }

  /**
   * Whether test doubles may live outside the namespace of the code they stand in for (a top-level
   * {@code tests} package), so a concept of the same name elsewhere counts when it is the only one.
   */
  default boolean testsOutsideNamespace() {
    return false;
  }

  /**
   * Whether a type without a visibility modifier is visible in its own package only, so that copies
   * in two packages cannot use one another.
   */
  default boolean packagePrivateByDefault() {
    return true;
  }
}
