package dev.ssot.lang.python;

import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.TypeDecl;
import java.util.List;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * What marks a module or a class deprecated: a docstring that starts with "deprecated", a
 * {@code @deprecated} decorator, an {@code __init__} that warns {@code DeprecationWarning}, and,
 * for a module, an unconditional {@code warnings.warn(..., DeprecationWarning)} at its top level.
 * Everything a deprecated module defines is deprecated with it.
 */
final class Deprecations {

  private static final Pattern DEPRECATED_DOC =
      Pattern.compile("^\\s*deprecated\\b", Pattern.CASE_INSENSITIVE);

  private final ExtractionContext context;

  Deprecations(ExtractionContext context) {
    this.context = context;
  }

  /** The module's docstring, its first statement: its summary, and a deprecation it declares. */
  void moduleDocstring(TSNode firstStatement) {
    String doc = context.docstring(firstStatement);
    context.summary = doc == null ? null : ExtractionContext.firstLine(doc);
    if (doc != null && declaresDeprecation(doc)) {
      context.deprecation = ExtractionContext.firstLine(doc);
    }
  }

  /** Whether a docstring starts by saying its module or class is deprecated. */
  static boolean declaresDeprecation(String doc) {
    return DEPRECATED_DOC.matcher(doc).find();
  }

  /** Whether one of a class's decorators (names without arguments) is {@code deprecated}. */
  static boolean decoratedDeprecated(List<String> decorators) {
    return decorators.stream().anyMatch(d -> ExtractionContext.lastSegment(d).equals("deprecated"));
  }

  /** Whether a constructor body warns {@code DeprecationWarning}. */
  static boolean warnsDeprecation(String constructorBody) {
    return constructorBody.contains("DeprecationWarning");
  }

  /**
   * A module-level call to {@code warnings.warn} with {@code DeprecationWarning}: the module is
   * deprecated, with the warning's message as the note. Only an unconditional warning deprecates
   * the module: one under {@code if}/{@code else} or {@code try} warns about a configuration
   * (urllib3's "'urllib3[secure]' extra is deprecated").
   */
  void moduleWarning(String callee, TSNode arguments, ImportContext where) {
    if ((callee.equals("warnings.warn") || callee.equals("warn") || callee.equals("_warnings.warn"))
        && context.deprecation == null
        && where == ImportContext.TOP_LEVEL) {
      String args = context.text(arguments);
      if (args.contains("DeprecationWarning")) {
        TSNode first = Nodes.namedChildCount(arguments) > 0 ? Nodes.namedChild(arguments, 0) : null;
        String message = first == null ? null : context.stringText(first);
        context.deprecation =
            message == null || message.isBlank()
                ? "warns DeprecationWarning on import"
                : ExtractionContext.firstLine(message);
      }
    }
  }

  /** Marks every type of a deprecated module deprecated: they are on their way out with it. */
  void markModuleTypes() {
    if (context.deprecation == null) {
      return;
    }
    context.types.replaceAll(TypeDecl::asDeprecated);
  }
}
