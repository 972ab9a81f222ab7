package dev.ssot.lang.python;

import org.treesitter.TSLanguage;
import org.treesitter.TSNode;

/**
 * The node kinds of tree-sitter-python that the extractor looks at, mapped from the grammar's
 * symbol ids once, so that checking a node's kind costs one native call and no string.
 */
enum Syntax {
  OTHER,
  MODULE("module"),
  IMPORT("import_statement"),
  IMPORT_FROM("import_from_statement"),
  FUTURE_IMPORT("future_import_statement"),
  DOTTED_NAME("dotted_name"),
  ALIASED_IMPORT("aliased_import"),
  RELATIVE_IMPORT("relative_import"),
  IMPORT_PREFIX("import_prefix"),
  WILDCARD_IMPORT("wildcard_import"),
  CLASS("class_definition"),
  FUNCTION("function_definition"),
  DECORATED("decorated_definition"),
  DECORATOR("decorator"),
  EXPRESSION_STATEMENT("expression_statement"),
  ASSIGNMENT("assignment"),
  AUGMENTED_ASSIGNMENT("augmented_assignment"),
  IF("if_statement"),
  ELIF("elif_clause"),
  ELSE("else_clause"),
  TRY("try_statement"),
  EXCEPT("except_clause"),
  EXCEPT_GROUP("except_group_clause"),
  FINALLY("finally_clause"),
  WITH("with_statement"),
  WITH_CLAUSE("with_clause"),
  WITH_ITEM("with_item"),
  FOR("for_statement"),
  WHILE("while_statement"),
  MATCH("match_statement"),
  CASE_CLAUSE("case_clause"),
  BLOCK("block"),
  TYPE_ALIAS("type_alias_statement"),
  GLOBAL("global_statement"),
  PASS("pass_statement"),
  RETURN("return_statement"),
  RAISE("raise_statement"),
  CALL("call"),
  AWAIT("await"),
  ATTRIBUTE("attribute"),
  IDENTIFIER("identifier"),
  STRING("string"),
  CONCATENATED_STRING("concatenated_string"),
  STRING_CONTENT("string_content"),
  INTERPOLATION("interpolation"),
  LIST("list"),
  TUPLE("tuple"),
  PATTERN_LIST("pattern_list"),
  TUPLE_PATTERN("tuple_pattern"),
  LIST_PATTERN("list_pattern"),
  PARENTHESIZED_EXPRESSION("parenthesized_expression"),
  SUBSCRIPT("subscript"),
  ARGUMENT_LIST("argument_list"),
  KEYWORD_ARGUMENT("keyword_argument"),
  LIST_SPLAT("list_splat"),
  DICTIONARY_SPLAT("dictionary_splat"),
  PARAMETERS("parameters"),
  TYPED_PARAMETER("typed_parameter"),
  DEFAULT_PARAMETER("default_parameter"),
  TYPED_DEFAULT_PARAMETER("typed_default_parameter"),
  LIST_SPLAT_PATTERN("list_splat_pattern"),
  DICTIONARY_SPLAT_PATTERN("dictionary_splat_pattern"),
  KEYWORD_SEPARATOR("keyword_separator"),
  POSITIONAL_SEPARATOR("positional_separator"),
  TYPE("type"),
  ELLIPSIS("ellipsis"),
  COMMENT("comment"),
  NAMED_EXPRESSION("named_expression"),
  AS_PATTERN("as_pattern"),
  AS_PATTERN_TARGET("as_pattern_target"),
  GENERIC_TYPE("generic_type"),
  DICTIONARY("dictionary"),
  PAIR("pair"),
  LAMBDA("lambda"),
  ERROR("ERROR");

  private final String grammarName;

  Syntax() {
    this.grammarName = null;
  }

  Syntax(String grammarName) {
    this.grammarName = grammarName;
  }

  /** The grammar's field names the extractor reads. */
  enum Field {
    NAME("name"),
    ALIAS("alias"),
    MODULE_NAME("module_name"),
    DEFINITION("definition"),
    BODY("body"),
    SUPERCLASSES("superclasses"),
    PARAMETERS("parameters"),
    RETURN_TYPE("return_type"),
    LEFT("left"),
    RIGHT("right"),
    TYPE("type"),
    CONDITION("condition"),
    FUNCTION("function"),
    ARGUMENTS("arguments"),
    OBJECT("object"),
    ATTRIBUTE("attribute"),
    VALUE("value"),
    KEY("key");

    private final String grammarName;

    Field(String grammarName) {
      this.grammarName = grammarName;
    }
  }

  /**
   * tree-sitter's null node has id 0; reading the binding's id field directly saves a native call
   * per check (several per statement). Falls back to {@link TSNode#isNull()} when the field cannot
   * be read (another binding version).
   */
  private static final java.lang.invoke.VarHandle NODE_ID = nodeId();

  private static java.lang.invoke.VarHandle nodeId() {
    try {
      return java.lang.invoke.MethodHandles.privateLookupIn(
              TSNode.class, java.lang.invoke.MethodHandles.lookup())
          .findVarHandle(TSNode.class, "idPtr", long.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether a node is missing: Java null or tree-sitter's null node. */
  static boolean isNull(TSNode node) {
    if (node == null) {
      return true;
    }
    return NODE_ID != null ? (long) NODE_ID.get(node) == 0L : node.isNull();
  }

  /** Symbol id → kind, for one language instance. */
  static final class Table {
    private final Syntax[] bySymbol;

    /** Symbol id → whether nodes of it are named (anonymous tokens are not). */
    private final boolean[] named;

    private final int[] fieldIds = new int[Field.values().length];

    Table(TSLanguage language) {
      int count = language.symbolCount();
      bySymbol = new Syntax[count];
      this.named = new boolean[count];
      java.util.Map<String, Syntax> byName = new java.util.HashMap<>();
      for (Syntax kind : values()) {
        if (kind.grammarName != null) {
          byName.put(kind.grammarName, kind);
        }
      }
      for (int id = 0; id < count; id++) {
        String name = language.symbolName(id);
        Syntax kind = name == null ? null : byName.get(name);
        // Anonymous tokens share names with named nodes ("import", "type"): only named symbols map,
        // except the ERROR node.
        boolean named = language.symbolType(id) == org.treesitter.TSSymbolType.TSSymbolTypeRegular;
        bySymbol[id] = kind != null && (named || kind == ERROR) ? kind : OTHER;
        this.named[id] = named || kind == ERROR;
      }
      for (Field field : Field.values()) {
        int id = language.fieldIdForName(field.grammarName);
        if (id <= 0) {
          throw new IllegalStateException("tree-sitter-python has no field " + field.grammarName);
        }
        fieldIds[field.ordinal()] = id;
      }
    }

    /** The child in this field, or null. */
    TSNode field(TSNode node, Field field) {
      TSNode child = Nodes.childByFieldId(node, fieldIds[field.ordinal()]);
      return isNull(child) ? null : child;
    }

    /** The kind of a named node, or null for an anonymous token (a keyword, punctuation). */
    Syntax ofNamed(TSNode node) {
      int symbol = Nodes.symbol(node);
      if (symbol < 0 || symbol >= bySymbol.length) {
        return OTHER;
      }
      return named[symbol] ? bySymbol[symbol] : null;
    }

    Syntax of(TSNode node) {
      int symbol = Nodes.symbol(node);
      return symbol >= 0 && symbol < bySymbol.length ? bySymbol[symbol] : OTHER;
    }
  }
}
