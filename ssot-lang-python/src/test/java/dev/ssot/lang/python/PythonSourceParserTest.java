package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MethodDecl.Body;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.parse.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Python front end on real files: each construct the model describes, read from a file under
 * {@code src/test/resources/python/parse}, with the module name the source roots would give it.
 */
class PythonSourceParserTest {

  private static final Path ROOT = Path.of("src/test/resources/python/parse");

  private final PythonSourceParser parser = new PythonSourceParser();

  private ParseOutcome outcome(String relative, String module, boolean test) throws IOException {
    Path file = ROOT.resolve(relative);
    return parser.parse(new SourceFile(file, relative, test, module), Files.readAllBytes(file));
  }

  private FileFacts parse(String relative, String module) throws IOException {
    return parse(relative, module, false);
  }

  private FileFacts parse(String relative, String module, boolean test) throws IOException {
    ParseOutcome outcome = outcome(relative, module, test);
    return assertInstanceOf(ParseOutcome.Parsed.class, outcome, () -> relative + ": " + outcome)
        .facts();
  }

  private static ImportRef plain(String name, String alias, int line, int column) {
    return new ImportRef(
        name, false, false, line, column, false, null, alias, ImportContext.TOP_LEVEL);
  }

  private static ImportRef from(String module, String member, String alias, int line, int column) {
    return new ImportRef(
        module, false, false, line, column, true, member, alias, ImportContext.TOP_LEVEL);
  }

  private static Map<String, TypeDecl> types(FileFacts facts) {
    return facts.types().stream()
        .collect(
            Collectors.toMap(
                TypeDecl::simpleName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, MethodDecl> methods(TypeDecl type) {
    return type.methods().stream().collect(Collectors.toMap(MethodDecl::name, Function.identity()));
  }

  // --- imports ----------------------------------------------------------------------------------

  @Test
  void readsEveryImportFormWithItsPositionAndResolvesRelativeOnesAgainstThePackage()
      throws IOException {
    FileFacts facts = parse("imports.py", "app.core.imports");
    assertEquals("app.core.imports", facts.packageName());
    assertEquals("python", facts.language());
    assertEquals(14, facts.lines());
    assertEquals(
        List.of(
            plain("os", null, 3, 8),
            plain("a.b", null, 4, 8),
            plain("a.b", "c", 5, 8),
            plain("e.f", null, 5, 18),
            from("a", "b", "c2", 6, 15),
            from("a", "d", null, 6, 24),
            from("app.x", "y", null, 7, 17),
            from("app.core", "sibling", null, 8, 15),
            from("app.core.mod", "first", null, 10, 5),
            from("app.core.mod", "second", "other", 11, 5),
            new ImportRef("m", false, true, 13, 1, true, null, null, ImportContext.TOP_LEVEL),
            from("...beyond", "z", null, 14, 23)),
        facts.imports(),
        "__future__ imports are compiler directives, not imports");
  }

  @Test
  void usesOfTheNamesPlainImportsBindAreReferences() throws IOException {
    FileFacts facts = parse("module_uses.py", "app.module_uses");
    // os is the standard library's: never a path in the analysed code to move off
    assertEquals(
        List.of("compat@7:21", "compat.WebSocketManager@10:12", "pkg.ws.manager.Thing@10:39"),
        facts.references().stream()
            .map(r -> r.name() + "@" + r.line() + ":" + r.column())
            .toList());
  }

  @Test
  void anImportBindsItsFirstSegmentItsAliasOrItsMember() throws IOException {
    List<ImportRef> imports = parse("imports.py", "app.core.imports").imports();
    assertEquals(
        List.of("os", "a", "c", "e", "c2", "d", "y", "sibling", "first", "other", "z"),
        imports.stream().filter(i -> !i.onDemand()).map(ImportRef::boundName).toList());
    assertEquals("from a import b as c2", imports.get(4).asWritten());
    assertEquals("from m import *", imports.get(10).asWritten());
    assertEquals("app.core.mod.second", imports.get(9).target());
  }

  @Test
  void relativeImportsInAPackageInitStartFromThePackageItself() throws IOException {
    FileFacts facts = parse("app/core/__init__.py", "app.core");
    assertTrue(facts.module().isPackage());
    assertEquals(
        List.of("app.core.imports", "app.core.mod.first", "app.config", "app.util.text.slug"),
        facts.imports().stream().map(ImportRef::target).toList());
  }

  @Test
  void aRelativeImportThatClimbsAboveTheTopLevelKeepsItsDots() throws IOException {
    // The same __init__.py as the top-level package "app": ".." leaves the package tree.
    FileFacts facts = parse("app/core/__init__.py", "app");
    assertEquals(
        List.of("app", "app.mod", "..", "..util.text"),
        facts.imports().stream().map(ImportRef::name).toList());
    assertEquals("...beyond", parse("imports.py", "app.core.imports").imports().get(11).name());
  }

  @Test
  void eachImportKnowsWhereItRuns() throws IOException {
    Map<String, ImportContext> contexts = new LinkedHashMap<>();
    for (ImportRef imp : parse("contexts.py", "app.contexts").imports()) {
      contexts.put(imp.fromImport() ? imp.name() : imp.boundName(), imp.context());
    }
    Map<String, ImportContext> expected = new LinkedHashMap<>();
    expected.put("top", ImportContext.TOP_LEVEL);
    expected.put("typing", ImportContext.TOP_LEVEL);
    expected.put("checking", ImportContext.TYPE_CHECKING);
    expected.put("runtime_fallback", ImportContext.CONDITIONAL); // the else of TYPE_CHECKING runs
    expected.put("conditional", ImportContext.CONDITIONAL);
    expected.put(
        "for_old_pythons", ImportContext.GUARDED); // a version check expects one branch to fail
    expected.put("fast_json", ImportContext.GUARDED);
    expected.put(
        "slow_json", ImportContext.GUARDED); // the fallback runs only where the first import failed
    expected.put(
        "optional", ImportContext.GUARDED); // except (ValueError, ModuleNotFoundError) as exc
    expected.put("any_error", ImportContext.GUARDED); // except Exception catches ImportError
    expected.put("not_guarded", ImportContext.CONDITIONAL); // except KeyError
    expected.put("custom_error", ImportContext.CONDITIONAL); // except MyCustomException
    expected.put("nested_in_guard", ImportContext.GUARDED); // an inner try that does not catch it
    expected.put("lazy_module", ImportContext.LAZY);
    expected.put("lazy_optional", ImportContext.LAZY_GUARDED);
    expected.put("lazy_fallback", ImportContext.LAZY_GUARDED);
    expected.put("lazy_after_success", ImportContext.LAZY); // try ... else
    expected.put("must_fail", ImportContext.LAZY_GUARDED); // with pytest.raises(ImportError)
    expected.put("runs_later", ImportContext.LAZY); // a try around the def does not guard the call
    expected.put("in_class_body", ImportContext.CONDITIONAL);
    expected.put("in_method", ImportContext.LAZY);
    expected.put("in_with", ImportContext.CONDITIONAL);
    expected.put("in_for", ImportContext.CONDITIONAL);
    expected.put(
        "only_as_script", ImportContext.LAZY); // if __name__ == "__main__": never on import
    expected.put("when_imported", ImportContext.CONDITIONAL);
    expected.put("in_match", ImportContext.CONDITIONAL);
    assertEquals(expected, contexts);
  }

  @Test
  void importsInsideFunctionsKeepTheirLineAndColumnAndSourceOrder() throws IOException {
    List<ImportRef> imports = parse("contexts.py", "app.contexts").imports();
    ImportRef lazy =
        imports.stream().filter(i -> i.name().equals("lazy_optional")).findFirst().orElseThrow();
    assertEquals(
        new ImportRef(
            "lazy_optional",
            false,
            false,
            50,
            35,
            true,
            "helper",
            null,
            ImportContext.LAZY_GUARDED),
        lazy);
    List<Integer> lines = imports.stream().map(ImportRef::line).toList();
    assertEquals(lines.stream().sorted().toList(), lines);
  }

  // --- __all__ ----------------------------------------------------------------------------------

  @Test
  void literalAllIsReadFromListsTuplesAndItsExtensions() throws IOException {
    assertEquals(
        List.of("Alpha", "beta"), parse("exports_list.py", "app.exports_list").module().exports());
    assertEquals(
        List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon"),
        parse("exports_extended.py", "app.exports_extended").module().exports());
  }

  @Test
  void allThatIsNotALiteralIsUnknown() throws IOException {
    assertNull(parse("exports_computed.py", "app.exports_computed").module().exports());
    assertNull(
        parse("exports_extended_by_name.py", "app.exports_extended_by_name").module().exports());
    assertNull(parse("bindings.py", "app.bindings").module().exports(), "no __all__ at all");
  }

  // --- classes ----------------------------------------------------------------------------------

  @Test
  void readsClassesWithBasesDecoratorsAndSpans() throws IOException {
    Map<String, TypeDecl> types = types(parse("classes.py", "app.classes"));
    assertEquals(
        List.of(
            "Manager",
            "Manager.Settings",
            "Manager.Settings.Backoff",
            "Transport",
            "Store",
            "Legacy",
            "Color",
            "Child",
            "OldManager",
            "DocDeprecated",
            "WarnsOnInit",
            "Implementation"),
        List.copyOf(types.keySet()));
    TypeDecl manager = types.get("Manager");
    assertEquals("app.classes.Manager", manager.qualifiedName());
    assertEquals(
        TypeKind.CLASS, manager.kind(), "a metaclass keyword alone does not make an interface");
    assertEquals(
        List.of("BaseManager", "Generic"),
        manager.supertypes(),
        "subscripts and keywords are no bases");
    assertEquals(List.of("dataclass", "registry.register"), manager.annotations());
    assertEquals(11, manager.location().line());
    assertEquals(7, manager.location().column());
    assertEquals(68, manager.endLine());
    assertEquals(Set.of("public"), manager.modifiers());
    assertFalse(manager.deprecated());
    assertEquals(
        List.of(
            new FieldDecl("limit", "int", Set.of("public"), 14),
            new FieldDecl("_connections", null, Set.of("private"), 15)),
        manager.fields());
    assertEquals(
        List.of("IManager"), types.get("Implementation").supertypes(), "@implementer(IManager)");
    assertEquals(List.of("Manager"), types.get("Child").supertypes());
  }

  @Test
  void nestedClassesAreQualifiedByTheirEnclosingClass() throws IOException {
    Map<String, TypeDecl> types = types(parse("classes.py", "app.classes"));
    TypeDecl settings = types.get("Manager.Settings");
    assertEquals("app.classes.Manager.Settings", settings.qualifiedName());
    assertEquals("app.classes.Manager", settings.enclosingType());
    TypeDecl backoff = types.get("Manager.Settings.Backoff");
    assertEquals("app.classes.Manager.Settings", backoff.enclosingType());
    assertEquals("app.classes.Manager", backoff.topLevelName());
    assertEquals("app.classes", backoff.packageName());
    assertEquals(TypeKind.ENUM, backoff.kind());
  }

  @Test
  void protocolsAndAbstractBaseClassesAreInterfacesAndEnumsAreEnums() throws IOException {
    Map<String, TypeDecl> types = types(parse("classes.py", "app.classes"));
    assertEquals(TypeKind.INTERFACE, types.get("Transport").kind());
    assertEquals(TypeKind.INTERFACE, types.get("Store").kind());
    assertEquals(TypeKind.INTERFACE, types.get("Legacy").kind(), "metaclass=abc.ABCMeta");
    assertTrue(types.get("Legacy").modifiers().contains("abstract"));
    assertEquals(TypeKind.ENUM, types.get("Color").kind());
    assertEquals(TypeKind.CLASS, types.get("Child").kind());
  }

  @Test
  void methodsCarryModifiersFromTheirDecoratorsAndName() throws IOException {
    Map<String, MethodDecl> methods =
        methods(types(parse("classes.py", "app.classes")).get("Manager"));
    assertEquals(Set.of("public", "static"), methods.get("create").modifiers());
    assertEquals(Set.of("public", "classmethod"), methods.get("default").modifiers());
    assertEquals(Set.of("public", "property"), methods.get("size").modifiers());
    assertEquals(Set.of("public", "abstract"), methods.get("close").modifiers());
    assertEquals(Set.of("private"), methods.get("_private").modifiers());
    assertEquals(
        Set.of("public"),
        methods.get(MethodDecl.CONSTRUCTOR).modifiers(),
        "dunder names are public");
    assertEquals(20, methods.get("send").line());
    assertEquals(2, methods.get("send").parameterTypes().size(), "self is not a parameter");
    assertEquals(1, methods.get("create").parameterTypes().size(), "a static method has no self");
    MethodDecl notify =
        methods(types(parse("classes.py", "app.classes")).get("Transport")).get("notify");
    assertEquals(List.of("str", "bool"), notify.parameterTypes());
    assertEquals("None", notify.returnType());
  }

  @Test
  void classifiesMethodBodies() throws IOException {
    Map<String, TypeDecl> types = types(parse("classes.py", "app.classes"));
    Map<String, MethodDecl> methods = methods(types.get("Manager"));

    MethodDecl send = methods.get("send"); // async, return self._impl.send(a, b)
    assertEquals(Body.DELEGATION, send.body());
    assertEquals("self._impl", send.delegateTarget());
    assertEquals("send", send.delegateMethod());
    assertTrue(send.forwardsArguments());
    MethodDecl later = methods.get("send_later"); // return await self._impl.send(a, b)
    assertEquals(Body.DELEGATION, later.body());
    assertTrue(later.forwardsArguments());
    MethodDecl swap = methods.get("swap"); // the arguments in another order
    assertEquals(Body.DELEGATION, swap.body());
    assertFalse(swap.forwardsArguments());
    MethodDecl notify = methods.get("notify"); // keyword-only passed as urgent=urgent, no return
    assertEquals("self.transport", notify.delegateTarget());
    assertTrue(notify.forwardsArguments());

    MethodDecl init = methods.get(MethodDecl.CONSTRUCTOR);
    assertEquals(Body.SUPER_CALL_ONLY, init.body());
    assertEquals("super", init.delegateTarget());
    assertEquals(Body.LOGIC, methods.get("compute").body());
    assertEquals(Body.LOGIC, methods.get("create").body(), "a call on no receiver is logic");
    assertEquals(Body.EMPTY, methods.get("documented").body());
    assertEquals(Body.EMPTY, methods.get("passes").body());
    assertEquals(Body.EMPTY, methods.get("dots").body());
    assertEquals(Body.NONE, methods.get("close").body(), "abstract");
    assertEquals(Body.NONE, methods.get("_private").body(), "raise NotImplementedError");
    assertEquals(
        Body.NONE, methods(types.get("Transport")).get("notify").body(), "a protocol method");
    assertEquals(
        Body.NONE, methods(types.get("Store")).get("get").body(), "abstract with a docstring");
    assertEquals(
        Body.LOGIC,
        methods(types.get("Child")).get(MethodDecl.CONSTRUCTOR).body(),
        "super().__init__ plus an assignment");
  }

  // --- module-level bindings --------------------------------------------------------------------

  @Test
  void readsModuleAliasesFunctionsAndBoundNames() throws IOException {
    FileFacts facts = parse("bindings.py", "app.bindings");
    ModuleFacts module = facts.module();
    assertFalse(module.isPackage());
    assertEquals(
        List.of(
            new AliasDecl("Manager", "_Implementation", 5, 1),
            new AliasDecl("Qualified", "impl.Other", 6, 1),
            new AliasDecl("First", "_Implementation", 7, 1),
            new AliasDecl("Second", "_Implementation", 7, 9)),
        module.aliases(),
        "a call is no alias");
    assertEquals(List.of("build"), module.functions().stream().map(MethodDecl::name).toList());
    assertEquals(
        List.of(
            "First",
            "LIMIT",
            "Local",
            "Manager",
            "Pair",
            "Qualified",
            "Second",
            "Simple",
            "build",
            "computed",
            "counter",
            "handle",
            "item",
            "left",
            "right",
            "x",
            "y",
            "z"),
        module.names(),
        "assignment, for, with and type statement targets, classes and functions; not DECLARED_ONLY: str, nor what"
            + " if __name__ == \"__main__\" binds");
    assertEquals(
        List.of("app.impl._Implementation", "app.core.impl"),
        facts.imports().stream().map(ImportRef::target).toList());
    assertEquals(
        List.of("app.bindings.Local"),
        facts.types().stream().map(TypeDecl::qualifiedName).toList());
  }

  // --- deprecation ------------------------------------------------------------------------------

  @Test
  void aModuleThatWarnsDeprecationOnImportIsDeprecatedAndSoAreItsClasses() throws IOException {
    FileFacts facts = parse("deprecated_module.py", "app.legacy");
    assertEquals(
        "app.legacy is deprecated; import from app.core instead", facts.module().deprecation());
    assertTrue(facts.types().get(0).deprecated());
  }

  @Test
  void aModuleDocstringStartingWithDeprecatedDeprecatesTheModule() throws IOException {
    FileFacts facts = parse("deprecated_docstring.py", "app.old");
    assertEquals("DEPRECATED: use app.core.manager.", facts.module().deprecation());
    assertTrue(facts.types().get(0).deprecated());
  }

  @Test
  void otherWarningsAndWarningsInsideFunctionsDoNotDeprecateTheModule() throws IOException {
    FileFacts facts = parse("not_deprecated.py", "app.helpers");
    assertNull(facts.module().deprecation());
    assertFalse(facts.module().deprecated());
    assertFalse(facts.types().get(0).deprecated());
  }

  @Test
  void classesAreDeprecatedByDecoratorDocstringOrAWarningInInit() throws IOException {
    Map<String, TypeDecl> types = types(parse("classes.py", "app.classes"));
    assertTrue(types.get("OldManager").deprecated(), "@deprecated(...)");
    assertTrue(types.get("DocDeprecated").deprecated(), "docstring starting with DEPRECATED");
    assertTrue(types.get("WarnsOnInit").deprecated(), "__init__ warns DeprecationWarning");
    assertFalse(types.get("Manager").deprecated());
  }

  // --- dynamic modules --------------------------------------------------------------------------

  @Test
  void moduleGetattrExecAndGlobalsMakeAModuleDynamic() throws IOException {
    assertTrue(parse("dynamic_getattr.py", "app.lazy").module().dynamicAttributes());
    assertTrue(parse("dynamic_exec.py", "app.generated").module().dynamicAttributes());
    assertTrue(parse("dynamic_globals.py", "app.registry").module().dynamicAttributes());
    assertFalse(parse("bindings.py", "app.bindings").module().dynamicAttributes());
  }

  @Test
  void aModuleThatWritesItselfIsDynamic() throws IOException {
    assertTrue(
        parse("dynamic_replaces_itself.py", "app.lazy").module().dynamicAttributes(),
        "sys.modules[__name__] = replacement");
    assertTrue(
        parse("dynamic_setattr_alias.py", "app.names").module().dynamicAttributes(),
        "setattr on sys.modules[__name__] through a name bound to it");
    assertTrue(
        parse("dynamic_globals_update.py", "app.generated").module().dynamicAttributes(),
        "globals().update(...)");
    assertTrue(
        parse("dynamic_exec_globals.py", "app.generated").module().dynamicAttributes(),
        "globals() handed to a call that fills it");
  }

  @Test
  void aModuleThatOnlyReadsItselfIsNotDynamic() throws IOException {
    assertFalse(parse("dynamic_reads_only.py", "app.registry").module().dynamicAttributes());
  }

  // --- test doubles -----------------------------------------------------------------------------

  @Test
  void readsMocksAndTheAttributesConfiguredOnThemInTestFiles() throws IOException {
    FileFacts facts = parse("tests/test_doubles.py", "tests.test_doubles", true);
    assertEquals(
        List.of(
            new MockDecl(
                "manager",
                "MagicMock",
                "WebSocketManager",
                List.of("send_message", "connect"),
                6,
                1),
            new MockDecl("client", "mock.AsyncMock", "app.Client", List.of(), 11, 1),
            new MockDecl("plain", "MagicMock", null, List.of(), 12, 1),
            new MockDecl("local", "AsyncMock", "WebSocketManager", List.of("broadcast"), 16, 5)),
        facts.module().mocks(),
        "the mock API (return_value, assert_called_once, reset_mock) is not a configured attribute");
  }

  @Test
  void mocksAreOnlyReadInTestFiles() throws IOException {
    assertEquals(
        List.of(), parse("tests/test_doubles.py", "tests.test_doubles", false).module().mocks());
  }

  // --- suppressions -----------------------------------------------------------------------------

  @Test
  void readsSuppressionsInBothSpellingsOnlyFromComments() throws IOException {
    List<Suppression> suppressions = parse("suppressions.py", "app.suppressions").suppressions();
    assertEquals(
        List.of(
            "unresolved-import@2-3:moved in the next release",
            "duplicate-type@3-4:kept until the migration ends",
            "import-cycle@3-4:kept until the migration ends",
            "drifting-test-double@8-9:",
            "factory-proliferation@9-10:generated"),
        suppressions.stream()
            .map(s -> s.ruleId() + "@" + s.fromLine() + "-" + s.toLine() + ":" + s.reason())
            .toList());
    assertEquals("suppressions.py", suppressions.get(0).location().path());
    assertEquals(29, suppressions.get(0).location().column());
  }

  // --- encodings --------------------------------------------------------------------------------

  @Test
  void aCodingCookieDecodesTheFile() throws IOException {
    byte[] bytes = Files.readAllBytes(ROOT.resolve("latin1_cookie.py"));
    assertTrue(
        new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Caf\u00e9"),
        "the fixture holds Latin-1 bytes, not UTF-8");
    Map<String, TypeDecl> types = types(parse("latin1_cookie.py", "app.latin1"));
    assertEquals(List.of("Caf\u00e9", "After"), List.copyOf(types.keySet()));
    assertEquals("app.latin1.Caf\u00e9", types.get("Caf\u00e9").qualifiedName());
    assertEquals(9, types.get("After").location().line());
    assertEquals(7, types.get("After").location().column());
    assertEquals(
        List.of("Caf\u00e9"),
        types(parse("latin1_vim_cookie.py", "app.vim")).keySet().stream().toList(),
        "vim: fileencoding=latin-1 on line 2");
  }

  @Test
  void anUnknownEncodingInTheCookieIsAParseProblemOnLineOne() throws IOException {
    ParseProblem problem =
        assertInstanceOf(ParseOutcome.Failed.class, outcome("unknown_cookie.py", "app.x", false))
            .problem();
    assertEquals(1, problem.line());
    assertTrue(problem.message().contains("klingon"), problem.message());
  }

  @Test
  void aByteOrderMarkIsSkippedWithoutShiftingColumns() throws IOException {
    FileFacts facts = parse("bom.py", "app.bom");
    assertEquals(List.of(plain("os", null, 2, 8)), facts.imports());
    assertEquals("Marked", facts.types().get(0).simpleName());
    assertEquals(5, facts.types().get(0).location().line());
    assertEquals(6, facts.lines());
  }

  // --- syntax -----------------------------------------------------------------------------------

  @Test
  void aSyntaxErrorIsAParseProblemOnItsLine() throws IOException {
    ParseProblem problem =
        assertInstanceOf(ParseOutcome.Failed.class, outcome("syntax_error.py", "app.broken", false))
            .problem();
    assertEquals("syntax_error.py", problem.path());
    assertEquals(5, problem.line());
  }

  @Test
  void python312SyntaxParsesWithoutAProblem() throws IOException {
    FileFacts facts = parse("py312.py", "app.modern");
    Map<String, TypeDecl> types = types(facts);
    assertEquals(List.of("Box"), List.copyOf(types.keySet()), "class Box[T]");
    MethodDecl get = types.get("Box").methods().get(0);
    assertEquals("get", get.name());
    assertEquals(List.of("U"), get.parameterTypes(), "def get[U](self, key: U)");
    assertEquals(
        List.of("first", "dispatch", "stream", "handle_groups"),
        facts.module().functions().stream().map(MethodDecl::name).toList());
    assertTrue(
        facts
            .module()
            .names()
            .containsAll(List.of("Point", "Pairs", "joined", "nested", "escaped", "spread")),
        facts.module().names().toString());
    assertEquals(51, facts.lines());
  }
}
