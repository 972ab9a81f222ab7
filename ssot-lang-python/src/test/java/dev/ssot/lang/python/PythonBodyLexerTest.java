package dev.ssot.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PythonBodyLexerTest {

  private static List<String> tokens(String src) {
    return PythonBodyLexer.tokens(src, 0, src.length());
  }

  private static TokenBag bag(String src) {
    return PythonBodyLexer.bag(src, 0, src.length());
  }

  @Test
  void dropsCommentsIndentationAndDocstrings() {
    String src =
        """
        class A(Base):  # comment
            \"\"\"Class doc.\"\"\"

            def m(self, x: int = 1) -> str:
                'method doc' 'continued'
                y = "kept"
                return x
        """;
    assertEquals(
        List.of(
            "class",
            "A",
            "(",
            "Base",
            ")",
            ":",
            "def",
            "m",
            "(",
            "self",
            ",",
            "x",
            ":",
            "int",
            "=",
            "1",
            ")",
            "->",
            "str",
            ":",
            "y",
            "=",
            "\"kept\"",
            "return",
            "x"),
        tokens(src));
  }

  @Test
  void aStringThatIsNotAStatementOfItsOwnIsKept() {
    String src = "def f():\n    \", \".join(xs)\n";
    assertEquals(
        List.of("def", "f", "(", ")", ":", "\", \"", ".", "join", "(", "xs", ")"), tokens(src));
    String oneLiner = "def g(): \"doc\"\n";
    assertEquals(List.of("def", "g", "(", ")", ":"), tokens(oneLiner));
  }

  @Test
  void stringPrefixesTripleQuotesAndFStringsAreOneToken() {
    String src =
        "x = rb'\\d' + f\"{a['k']!r:>{w}} {{}}\" + '''multi\nline''' + Rf'{x}\\n' + u\"\"\n";
    assertEquals(
        List.of(
            "x",
            "=",
            "rb'\\d'",
            "+",
            "f\"{a['k']!r:>{w}} {{}}\"",
            "+",
            "'''multi\nline'''",
            "+",
            "Rf'{x}\\n'",
            "+",
            "u\"\""),
        tokens(src));
    // Python 3.12 nested quotes of the same kind
    assertEquals(List.of("f\"{d[\"key\"]}\"", "+", "1"), tokens("f\"{d[\"key\"]}\" + 1"));
  }

  @Test
  void indentationAndLineContinuationsAreIrrelevant() {
    String four = "class A:\n    def f(self):\n        return (1 +\n                2)\n";
    String two = "class A:\n  def f(self):\n    return (1 + \\\n      2)\n";
    assertEquals(bag(four), bag(two));
  }

  @Test
  void ownNameBecomesThePlaceholder() {
    String a =
        "class Node:\n    def copy(self):\n        return Node()\n    def __eq__(self, o):\n"
            + "        return isinstance(o, Node)\n";
    assertEquals(bag(a), bag(a.replace("Node", "Vertex")));
    assertNotEquals(bag(a), bag(a.replace("return Node()", "return Other()")));
    assertEquals("Node", PythonBodyLexer.declaredName(a, 0, a.length()));
    assertEquals("run", PythonBodyLexer.declaredName("@d(x)\nasync def run(): pass", 0, 24));
  }

  @Test
  void cutsOutTopLevelClasses() {
    String src =
        """
        import os


        @dataclass(frozen=True)
        @total_ordering
        class First:
            x: int = 0
            text = \"\"\"
        column zero inside a string
        \"\"\"

            def f(self):
                return [
        1, 2]
        # a comment at column zero
            def g(self):
                pass

        def helper():
            pass

        class Second(First): pass
        if True:
            class NotTopLevel: pass
        class Third:
            y = 1""";
    List<TypeRange> types = PythonBodyLexer.topLevelTypes(src);
    assertEquals(List.of("First", "Second", "Third"), types.stream().map(TypeRange::name).toList());
    String first = src.substring(types.get(0).start(), types.get(0).end());
    assertTrue(first.startsWith("@dataclass(frozen=True)\n@total_ordering\nclass First:"), first);
    assertTrue(first.endsWith("def g(self):\n        pass"), first);
    assertEquals(
        "class Second(First): pass", src.substring(types.get(1).start(), types.get(1).end()));
    assertEquals(
        "class Third:\n    y = 1", src.substring(types.get(2).start(), types.get(2).end()));
  }

  @Test
  void oddInputNeverThrows() {
    for (String src :
        new String[] {
          "class A:\n    s = 'unterminated\n    t = 1",
          "class A:\n    s = \"\"\"unterminated",
          "class A:\n    s = f'{unterminated",
          "class A:\n    s = f\"{x[\"",
          "class A:\\",
          "\\",
          "f'",
          "'",
          "class",
          "@",
          ""
        }) {
      bag(src);
      PythonBodyLexer.topLevelTypes(src);
    }
    Random random = new Random(2);
    String alphabet = "abfr1 \n\t\"'\\#{}()[]:.=@x_\u00e9";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < random.nextInt(80); i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String src = sb.toString();
      int a = random.nextInt(src.length() + 1);
      int b = a + random.nextInt(src.length() - a + 1);
      assertTrue(PythonBodyLexer.bag(src, a, b).size() <= b - a);
      PythonBodyLexer.topLevelTypes(src);
      PythonBodyLexer.declaredName(src, a, b);
    }
  }
}
