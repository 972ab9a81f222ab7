package dev.ssot.lang.python;

import dev.ssot.core.model.MockDecl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The test doubles a test file makes, {@code client = MagicMock(spec=Client)}: the name they are
 * bound to, the factory, the spec, and the attributes the test uses on them (the mock API left
 * out), within the function that made them. Found by the factories' names, not by a tree walk.
 */
final class MockScanner {

  private static final List<String> MOCK_FACTORIES =
      List.of(
          "MagicMock",
          "NonCallableMagicMock",
          "AsyncMock",
          "Mock",
          "NonCallableMock",
          "create_autospec");
  private static final Set<String> MOCK_API =
      Set.of(
          "return_value",
          "side_effect",
          "called",
          "call_count",
          "call_args",
          "call_args_list",
          "mock_calls",
          "method_calls",
          "reset_mock",
          "configure_mock",
          "attach_mock",
          "mock_add_spec",
          "await_count",
          "await_args",
          "await_args_list",
          "awaited",
          "spec",
          "assert_called",
          "assert_called_once",
          "assert_called_with",
          "assert_called_once_with",
          "assert_any_call",
          "assert_has_calls",
          "assert_not_called",
          "assert_awaited",
          "assert_awaited_once",
          "assert_awaited_with",
          "assert_awaited_once_with",
          "assert_any_await",
          "assert_has_awaits",
          "assert_not_awaited");
  private final ExtractionContext context;
  private final Syntax.Table syntax;

  MockScanner(ExtractionContext context) {
    this.context = context;
    this.syntax = context.syntax;
  }

  /** Reads the mocks the file makes. */
  void scan() {
    String text = null;
    for (String factory : MOCK_FACTORIES) {
      byte[] word = factory.getBytes(StandardCharsets.US_ASCII);
      for (int at : context.src.occurrences(word)) {
        int after = at + word.length;
        while (after < context.src.bytes.length && (context.src.bytes[after] == ' ')) {
          after++;
        }
        if (after >= context.src.bytes.length || context.src.bytes[after] != '(') {
          continue;
        }
        TSNode node = context.root.getNamedDescendantForByteRange(at, at + word.length);
        TSNode call = node;
        while (!Syntax.isNull(call) && syntax.of(call) != Syntax.CALL) {
          call = Nodes.parent(call);
        }
        if (Syntax.isNull(call)) {
          continue;
        }
        TSNode assignment = Nodes.parent(call);
        if (Syntax.isNull(assignment) || syntax.of(assignment) != Syntax.ASSIGNMENT) {
          continue;
        }
        TSNode left = syntax.field(assignment, Syntax.Field.LEFT);
        TSNode right = syntax.field(assignment, Syntax.Field.RIGHT);
        if (left == null || right == null || Nodes.startByte(right) != Nodes.startByte(call)) {
          continue;
        }
        String name = context.text(left);
        if (!ExtractionContext.isDottedName(name)) {
          continue;
        }
        TSNode function = syntax.field(call, Syntax.Field.FUNCTION);
        TSNode arguments = syntax.field(call, Syntax.Field.ARGUMENTS);
        String spec = null;
        if (arguments != null) {
          int count = Nodes.namedChildCount(arguments);
          for (int i = 0; i < count; i++) {
            TSNode argument = Nodes.namedChild(arguments, i);
            Syntax kind = syntax.of(argument);
            if (kind == Syntax.KEYWORD_ARGUMENT) {
              TSNode key = syntax.field(argument, Syntax.Field.NAME);
              TSNode value = syntax.field(argument, Syntax.Field.VALUE);
              String keyText = key == null ? "" : context.text(key);
              if ((keyText.equals("spec") || keyText.equals("spec_set")) && value != null) {
                spec = context.text(value);
              }
            } else if (i == 0 && (kind == Syntax.IDENTIFIER || kind == Syntax.ATTRIBUTE)) {
              spec = context.text(argument);
            }
          }
        }
        if (text == null) {
          text = context.src.text(0, context.src.bytes.length);
        }
        // A mock made inside a function is that function's: another test's variable of the same
        // name is another object.
        int from = 0;
        int to = text.length();
        TSNode scope = Nodes.parent(assignment);
        while (!Syntax.isNull(scope) && syntax.of(scope) != Syntax.FUNCTION) {
          scope = Nodes.parent(scope);
        }
        if (!Syntax.isNull(scope)) {
          from = context.src.charIndex(Nodes.startByte(scope));
          to = context.src.charIndex(Nodes.endByte(scope));
        }
        List<String> attributes = new ArrayList<>();
        Matcher m =
            Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\.([A-Za-z_]\\w*)")
                .matcher(text);
        m.region(from, to);
        while (m.find()) {
          String attribute = m.group(1);
          boolean dunder =
              attribute.startsWith("__") && attribute.endsWith("__"); // every object has them
          if (!dunder
              && !MOCK_API.contains(attribute)
              && !attribute.startsWith("assert_")
              && !attributes.contains(attribute)) {
            attributes.add(attribute);
          }
        }
        context.mocks.add(
            new MockDecl(
                name,
                function == null ? ExtractionContext.lastSegment(factory) : context.text(function),
                spec != null && ExtractionContext.isDottedName(spec) ? spec : null,
                attributes,
                context.line(left),
                context.column(left)));
      }
    }
    context.mocks.sort(
        java.util.Comparator.comparingInt(MockDecl::line).thenComparingInt(MockDecl::column));
  }
}
