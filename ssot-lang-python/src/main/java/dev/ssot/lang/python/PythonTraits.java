package dev.ssot.lang.python;

import dev.ssot.core.graph.LanguageTraits;
import dev.ssot.core.model.TypeDecl;

/**
 * Python's answers: types are rarely written (parameter names carry a signature), dunder methods
 * are the object protocol, aliases are bindings rather than empty subclasses, overrides are not
 * marked, Protocols are implemented by shape, {@code _names} are private, and a module's top-level
 * package is its namespace.
 */
final class PythonTraits implements LanguageTraits {

  static final PythonTraits INSTANCE = new PythonTraits();

  private PythonTraits() {}

  @Override
  public boolean parameterNamesInSignature() {
    return true;
  }

  @Override
  public boolean isObjectProtocol(String methodName) {
    return methodName.startsWith("__") && methodName.endsWith("__");
  }

  @Override
  public boolean emptySubtypeMayBeAlias() {
    // aliases are written `Alias = Target`; an empty subclass is the concrete class of a base
    // (`class ModelForm(BaseModelForm, metaclass=…): pass`)
    return false;
  }

  @Override
  public boolean overridesMarked() {
    return false;
  }

  @Override
  public boolean fieldOnlyTypesShareByDesign() {
    // classes made of fields only (dataclasses, settings) share field names by design
    return true;
  }

  @Override
  public boolean structuralInterfaces() {
    return true;
  }

  @Override
  public int minSharedMethodsForSameName() {
    // one shared method name (`run`, `get`) is a convention, not a copy
    return 2;
  }

  @Override
  public boolean isPrivateName(String simpleName) {
    return simpleName.startsWith("_");
  }

  @Override
  public String namespace(TypeDecl type) {
    // a module name ends in its file: the top-level package is the namespace
    String pkg = type.packageName();
    int dot = pkg.indexOf('.');
    return dot < 0 ? pkg : pkg.substring(0, dot);
  }

  @Override
  public boolean namespacesAreOwners() {
    return false; // a project has several top-level packages (app, legacy, tests)
  }

  @Override
  public boolean importsNameTheirPath() {
    return true;
  }

  @Override
  public boolean testsOutsideNamespace() {
    return true;
  }

  @Override
  public boolean packagePrivateByDefault() {
    return false;
  }
}
