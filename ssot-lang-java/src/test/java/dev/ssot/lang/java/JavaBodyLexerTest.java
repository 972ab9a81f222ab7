package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaBodyLexerTest {

  private static List<String> tokens(String src) {
    return JavaBodyLexer.tokens(src, 0, src.length());
  }

  @Test
  void dropsCommentsAndWhitespaceKeepsEverythingElse() {
    String src =
        """
        /** Doc. */
        @Deprecated(since = "1") // trailing
        class A { /* block
          comment */ int x = 0x1F + 1_000L; char c = '\\''; }
        """;
    assertEquals(
        List.of(
            "@",
            "Deprecated",
            "(",
            "since",
            "=",
            "\"1\"",
            ")",
            "class",
            "A",
            "{",
            "int",
            "x",
            "=",
            "0x1F",
            "+",
            "1_000L",
            ";",
            "char",
            "c",
            "=",
            "'\\''",
            ";",
            "}"),
        tokens(src));
  }

  @Test
  void literalsAreOneTokenWithTheirText() {
    String src =
        "s = \"a \\\" b\" + \"\"\"\n  text \"quoted\" block\n  \"\"\" + 1.5e-3 + 0x1.8p+1 + .5f;";
    assertEquals(
        List.of(
            "s",
            "=",
            "\"a \\\" b\"",
            "+",
            "\"\"\"\n  text \"quoted\" block\n  \"\"\"",
            "+",
            "1.5e-3",
            "+",
            "0x1.8p+1",
            "+",
            ".5f",
            ";"),
        tokens(src));
    // a hex literal's e is a digit: 0x1E + 2 is an addition
    assertEquals(List.of("0x1E", "+", "2"), tokens("0x1E+2"));
  }

  @Test
  void operatorsAreLongestMatchExceptClosingAngleBrackets() {
    assertEquals(
        List.of(
            "a", ">>>=", "b", "->", "c", "::", "d", "...", "e", "!=", "f", "<<", "g", ">=", "h"),
        tokens("a>>>=b->c::d...e!=f<<g>=h"));
    // generics and shifts both split into single '>'
    assertEquals(
        List.of("List", "<", "List", "<", "X", ">", ">", "y", "=", "a", ">", ">", "2"),
        tokens("List<List<X>> y = a >> 2"));
  }

  @Test
  void oddInputNeverThrows() {
    for (String src :
        new String[] {
          "class A { String s = \"unterminated",
          "class A { /* unterminated comment",
          "class A { char c = '",
          "class A { String t = \"\"\" unterminated text block",
          "\"\"",
          "'",
          "/",
          "/*",
          "0x",
          "1e",
          "class",
          "@",
          ""
        }) {
      JavaBodyLexer.bag(src, 0, src.length());
      JavaBodyLexer.topLevelTypes(src);
    }
    Random random = new Random(1);
    String alphabet = "ab1 \n\t\"'\\/*{}()<>.;=@#xe+-_\u00e9";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < random.nextInt(80); i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String src = sb.toString();
      int a = random.nextInt(src.length() + 1);
      int b = a + random.nextInt(src.length() - a + 1);
      TokenBag bag = JavaBodyLexer.bag(src, a, b);
      assertTrue(bag.size() <= b - a);
      JavaBodyLexer.topLevelTypes(src);
      JavaBodyLexer.declaredName(src, a, b);
    }
    assertEquals(List.of("\"open"), tokens("\"open\nnext").subList(0, 1));
  }

  @Test
  void findsTheDeclaredName() {
    assertEquals("Foo", name("public final class Foo<T> extends Bar implements Baz {}"));
    assertEquals("Point", name("record Point(int x, int y) { Point { } }"));
    assertEquals("Color", name("enum Color { RED, GREEN }"));
    assertEquals("Marker", name("@Retention(RUNTIME) public @interface Marker {}"));
    assertEquals("Impl", name("@Uses(value = Other.class) class Impl { }"));
    assertEquals("Impl", name("@Uses({A.class, B.class}) /* class X */ class Impl { }"));
    assertEquals("Api", name("sealed interface Api permits A, B { }"));
    assertEquals("", name("{ class Inner {} }"));
    assertEquals("", name("int x;"));
  }

  private static String name(String src) {
    return JavaBodyLexer.declaredName(src, 0, src.length());
  }

  @Test
  void ownNameAndConstructorsBecomeThePlaceholder() {
    String a =
        "class Foo { Foo() { this(1); } Foo(int x) { } static Foo of() { return new Foo(); } }";
    String b = a.replace("Foo", "Bar");
    assertEquals(JavaBodyLexer.bag(a, 0, a.length()), JavaBodyLexer.bag(b, 0, b.length()));
    String c = a.replace("new Foo()", "new Other()");
    assertTrue(
        JavaBodyLexer.bag(a, 0, a.length()).similarity(JavaBodyLexer.bag(c, 0, c.length())) < 1.0);
  }

  @Test
  void cutsOutTopLevelTypes() {
    String src =
        """
        package p;

        import java.util.List;

        /** First. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public class First {
          class Nested { }
          String s = "}";
          // }
        }

        enum Second { A, B; void m() { } }
        ;
        record Third(int x) implements java.io.Serializable { }
        @interface Fourth { String value() default "{"; }
        """;
    List<TypeRange> types = JavaBodyLexer.topLevelTypes(src);
    assertEquals(
        List.of("First", "Second", "Third", "Fourth"),
        types.stream().map(TypeRange::name).toList());
    TypeRange first = types.get(0);
    String text = src.substring(first.start(), first.end());
    assertTrue(text.startsWith("@SuppressWarnings"), text);
    assertTrue(text.endsWith("// }\n}"), text);
    TypeRange second = types.get(1);
    assertEquals("enum Second { A, B; void m() { } }", src.substring(second.start(), second.end()));
    TypeRange fourth = types.get(3);
    assertEquals(
        "@interface Fourth { String value() default \"{\"; }",
        src.substring(fourth.start(), fourth.end()));
  }

  @Test
  void lineRangesSelectTheSameText() {
    String src = "a\nclass X {\n  int y;\n}\nz\n";
    TypeRange range = TypeRange.ofLines("X", src, 2, 4);
    assertEquals("class X {\n  int y;\n}\n", src.substring(range.start(), range.end()));
    TypeRange tail = TypeRange.ofLines("X", src, 5, 99);
    assertEquals("z\n", src.substring(tail.start(), tail.end()));
    TypeRange beyond = TypeRange.ofLines("X", src, 40, 41);
    assertEquals(beyond.start(), beyond.end());
  }
}
