package dev.ssot.lang.python;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Reads one parsed Python file into {@link FileFacts}. One scan of the source finds the {@link
 * SourceMarks}; one walk over the statements that run on import ({@link StatementWalker}) hands
 * each to the reader of its concern: {@link ImportReader}, {@link ClassReader} (with {@link
 * FunctionReader} and {@link BodyFingerprints}), {@link ModuleBindings} (with {@link
 * ExportsReader}, {@link DynamicClassReader} and {@link Deprecations}). What the walk does not
 * enter is found afterwards by the scan's offsets: imports inside functions, {@code global}
 * declarations, suppressions, mocks, and whether the module is dynamic ({@link
 * DynamicModuleDetector}), and the uses of names plain imports bind ({@link ModuleAttributeUses}).
 * The readers share an {@link ExtractionContext}. Not thread-safe; one per file.
 */
final class PythonExtractor {

  private final ExtractionContext context;
  private final Deprecations deprecations;
  private final ImportReader imports;
  private final ModuleBindings bindings;
  private final StatementWalker walker;

  PythonExtractor(
      Syntax.Table syntax, PythonSource src, SourceFile file, String module, TSNode root) {
    this.context = new ExtractionContext(syntax, src, file, module, root);
    BodyFingerprints fingerprints = new BodyFingerprints(src);
    FunctionReader functions = new FunctionReader(context);
    this.deprecations = new Deprecations(context);
    this.imports = new ImportReader(context);
    this.bindings =
        new ModuleBindings(
            context,
            functions,
            new DynamicClassReader(context, fingerprints),
            new ExportsReader(context),
            deprecations);
    this.walker =
        new StatementWalker(
            context, imports, new ClassReader(context, functions, imports, fingerprints), bindings);
  }

  FileFacts extract() {
    try (context) {
      return extractFacts();
    }
  }

  private FileFacts extractFacts() {
    List<TSNode> statements = context.statements(context.root);
    for (int i = 0; i < statements.size(); i++) {
      TSNode statement = statements.get(i);
      if (i == 0) {
        deprecations.moduleDocstring(statement);
      }
      walker.statement(statement, ImportContext.TOP_LEVEL);
    }
    imports.lazyImports();
    ModuleAttributeUses uses = new ModuleAttributeUses(context, imports);
    uses.read();
    bindings.globalDeclarations();
    new SuppressionScanner(context).scan();
    if (context.file.test()) {
      new MockScanner(context).scan();
    }
    if (DynamicModuleDetector.isDynamic(context)) {
      context.dynamic = true; // globals()[name] = ... binds names no reader can list
    }
    deprecations.markModuleTypes();
    ModuleFacts facts =
        new ModuleFacts(
            context.isPackage,
            context.exportsLiteral ? context.exports : null,
            context.deprecation,
            context.dynamic,
            context.aliases,
            context.functions,
            context.mocks,
            context.summary,
            new ArrayList<>(context.names));
    return new FileFacts(
        context.file.path(),
        "python",
        context.file.test(),
        context.module,
        context.src.lines(),
        context.imports,
        context.types,
        uses.references(),
        context.suppressions,
        facts);
  }
}
