package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MethodDecl.Body;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.parse.ParseOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaSourceParserTest {

  private static final Path ROOT = Path.of("src/test/resources/parse/java");
  private static final String SAMPLE = "src/main/java/com/acme/ws/Sample.java";

  private final JavaSourceParser parser = new JavaSourceParser();

  private FileFacts parse(String relative) throws IOException {
    Path file = ROOT.resolve(relative);
    ParseOutcome outcome =
        parser.parse(new SourceFile(file, relative, false), Files.readAllBytes(file));
    return assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts();
  }

  private Map<String, TypeDecl> types(FileFacts facts) {
    return facts.types().stream()
        .collect(Collectors.toMap(TypeDecl::simpleName, Function.identity()));
  }

  @Test
  void readsPackageAndImportsWithKindAndLine() throws IOException {
    FileFacts facts = parse(SAMPLE);
    assertEquals("com.acme.ws", facts.packageName());
    assertEquals(
        List.of(
            new ImportRef("java.util.List", false, false, 3, 1),
            new ImportRef("java.util.Map", false, false, 4, 1),
            new ImportRef("com.acme.ws.protocol", false, true, 5, 1),
            new ImportRef("com.acme.ws.Events.AGENT_STARTED", true, false, 6, 1),
            new ImportRef("java.util.Objects", true, true, 7, 1)),
        facts.imports());
    assertEquals(62, facts.lines());
  }

  @Test
  void readsNestedTypesWithKindsModifiersAndSpans() throws IOException {
    Map<String, TypeDecl> types = types(parse(SAMPLE));
    assertEquals(
        List.of("Delegate", "Sample", "Sample.Inner", "Sample.Inner.Mode", "Sample.Point"),
        types.keySet().stream().sorted().toList());
    TypeDecl sample = types.get("Sample");
    assertEquals("com.acme.ws.Sample", sample.qualifiedName());
    assertEquals(TypeKind.CLASS, sample.kind());
    assertTrue(sample.deprecated());
    assertEquals(List.of("BaseSample", "Protocol", "Comparable"), sample.supertypes());
    assertEquals(11, sample.location().line());
    assertEquals(54, sample.endLine());
    assertEquals(null, sample.enclosingType());

    TypeDecl mode = types.get("Sample.Inner.Mode");
    assertEquals(TypeKind.ENUM, mode.kind());
    assertEquals("com.acme.ws.Sample.Inner", mode.enclosingType());
    assertEquals("com.acme.ws.Sample", mode.topLevelName());
    assertEquals("com.acme.ws", mode.packageName());

    TypeDecl inner = types.get("Sample.Inner");
    assertTrue(inner.modifiers().containsAll(List.of("abstract", "static")));
    assertEquals(List.of("int..."), inner.methods().get(0).parameterTypes());
    assertEquals(Body.NONE, inner.methods().get(0).body());

    TypeDecl point = types.get("Sample.Point");
    assertEquals(TypeKind.RECORD, point.kind());
    assertEquals(List.of("x", "y"), point.fields().stream().map(f -> f.name()).toList());
    assertEquals(TypeKind.INTERFACE, types.get("Delegate").kind());
  }

  @Test
  void classifiesMethodBodies() throws IOException {
    TypeDecl sample = types(parse(SAMPLE)).get("Sample");
    Map<String, MethodDecl> byKey =
        sample.methods().stream()
            .collect(
                Collectors.toMap(
                    m -> m.name() + "/" + m.parameterTypes().size(), Function.identity()));
    assertEquals(Body.SUPER_CALL_ONLY, byKey.get("<init>/1").body());
    assertEquals(Body.DELEGATION, byKey.get("<init>/0").body());
    assertEquals("this", byKey.get("<init>/0").delegateTarget());
    assertEquals(Body.DELEGATION, byKey.get("send/2").body());
    assertEquals("delegate", byKey.get("send/2").delegateTarget());
    assertEquals(List.of("String", "Event"), byKey.get("send/2").parameterTypes());
    assertEquals("this.delegate", byKey.get("size/0").delegateTarget());
    assertEquals(Body.LOGIC, byKey.get("broadcast/1").body());
    assertEquals("com.acme.ws.util.Names", byKey.get("name/0").delegateTarget());
    assertEquals(
        List.of("serialVersionUID", "delegate", "entries"),
        sample.fields().stream().map(f -> f.name()).toList());
    assertEquals("List", sample.fields().get(2).type());
  }

  @Test
  void recordsTypeReferencesButNotJavadoc() throws IOException {
    FileFacts facts = parse(SAMPLE);
    List<String> names = facts.references().stream().map(TypeRef::name).toList();
    assertTrue(names.contains("Map.Entry"), names.toString());
    assertTrue(names.contains("Event"));
    assertTrue(names.contains("com.acme.ws.util.Names"));
    assertTrue(names.contains("Helper"));
    assertTrue(names.contains("Deprecated"));
    assertTrue(names.contains("BaseSample"));
    assertFalse(names.stream().anyMatch(n -> n.contains("Ghost")), "Javadoc is not code");
    assertFalse(names.contains("delegate"), "lower-case receivers are variables");
    TypeRef helper =
        facts.references().stream()
            .filter(r -> r.name().equals("Helper"))
            .findFirst()
            .orElseThrow();
    assertEquals("com.acme.ws.Sample", helper.fromType());
    assertEquals(52, helper.line());
  }

  @Test
  void marksTestSourcesAsGiven() throws IOException {
    Path file = ROOT.resolve("src/test/java/com/acme/ws/SampleTest.java");
    ParseOutcome outcome =
        parser.parse(new SourceFile(file, "x/SampleTest.java", true), Files.readAllBytes(file));
    assertTrue(assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts().test());
  }

  @Test
  void reportsSyntaxErrorsWithLineInsteadOfThrowing() {
    String broken = "package a;\n\nclass Broken {\n  void x( {\n}\n";
    ParseOutcome outcome =
        parser.parse(
            new SourceFile(Path.of("Broken.java"), "a/Broken.java", false),
            broken.getBytes(StandardCharsets.UTF_8));
    ParseProblem problem = assertInstanceOf(ParseOutcome.Failed.class, outcome).problem();
    assertEquals("a/Broken.java", problem.path());
    assertEquals(4, problem.line());
    assertTrue(problem.message().startsWith("Parse error"), problem.message());
  }

  @Test
  void aLexicalErrorCarriesItsLine() {
    String broken = "package a;\n\nclass A {\n  String s = \"unterminated;\n}\n";
    ParseOutcome outcome =
        parser.parse(
            new SourceFile(Path.of("A.java"), "a/A.java", false),
            broken.getBytes(StandardCharsets.UTF_8));
    ParseProblem problem = assertInstanceOf(ParseOutcome.Failed.class, outcome).problem();
    assertEquals(4, problem.line(), problem.message());
    assertTrue(problem.message().startsWith("Lexical error"), problem.message());
  }

  @Test
  void linesEndAtLfCrOrCrlf() {
    for (String text :
        List.of(
            "package b;\rclass B {\r  int x;\r}\r",
            "package b;\r\nclass B {\r\n  int x;\r\n}\r\n",
            "package b;\nclass B {\n  int x;\n}",
            "package b;\rclass B {\n  int x;\r\n}\n")) {
      ParseOutcome outcome =
          parser.parse(
              new SourceFile(Path.of("B.java"), "b/B.java", false),
              text.getBytes(StandardCharsets.UTF_8));
      FileFacts facts = assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts();
      assertEquals(4, facts.lines(), LineEnds.visible(text));
      assertEquals(2, facts.types().get(0).location().line(), LineEnds.visible(text));
    }
  }

  /** Line ends shown in a failure message. */
  private static final class LineEnds {
    static String visible(String text) {
      return text.replace("\r", "\\r").replace("\n", "\\n");
    }
  }

  @Test
  void survivesBomInvalidUtf8AndEmptyFiles() {
    byte[] bom = {
      (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'l', 'a', 's', 's', ' ', 'A', '{', '}'
    };
    assertInstanceOf(
        ParseOutcome.Parsed.class,
        parser.parse(new SourceFile(Path.of("A.java"), "A.java", false), bom));
    byte[] latin1 = "class B { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1);
    assertInstanceOf(
        ParseOutcome.Parsed.class,
        parser.parse(new SourceFile(Path.of("B.java"), "B.java", false), latin1));
    ParseOutcome empty =
        parser.parse(new SourceFile(Path.of("C.java"), "C.java", false), new byte[0]);
    assertEquals(0, assertInstanceOf(ParseOutcome.Parsed.class, empty).facts().types().size());
  }

  @Test
  void readsUnicodeEscapesInNames() {
    String escaped = "package u;\nclass \\u0041lpha { \\u0042eta b; }\nclass Beta {}\n";
    ParseOutcome outcome =
        parser.parse(
            new SourceFile(Path.of("Alpha.java"), "u/Alpha.java", false),
            escaped.getBytes(StandardCharsets.UTF_8));
    FileFacts facts = assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts();
    assertEquals(
        List.of("u.Alpha", "u.Beta"), facts.types().stream().map(TypeDecl::qualifiedName).toList());
    assertEquals("Beta", facts.references().get(0).name());
  }

  @Test
  void parsesModernJavaSyntax() {
    String modern =
        """
        package m;
        sealed interface Shape permits Circle, Square {}
        record Circle(double r) implements Shape {}
        record Square(double s) implements Shape {}
        class Use {
          double area(Shape shape) {
            return switch (shape) {
              case Circle c when c.r() > 0 -> Math.PI * c.r() * c.r();
              case Circle c -> 0;
              case Square(double s) -> s * s;
            };
          }
          String text() {
            var yield = 1;
            return \"\"\"
                block
                \"\"\";
          }
        }
        """;
    ParseOutcome outcome =
        parser.parse(
            new SourceFile(Path.of("Use.java"), "m/Use.java", false),
            modern.getBytes(StandardCharsets.UTF_8));
    assertEquals(4, assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts().types().size());
  }
}
