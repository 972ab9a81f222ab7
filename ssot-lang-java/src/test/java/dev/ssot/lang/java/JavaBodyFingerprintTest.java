package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.similarity.TokenBag;
import dev.ssot.core.similarity.TypeRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The body fingerprint the parser stores with every declared type ({@link TypeDecl#body()}). */
class JavaBodyFingerprintTest {

  private final JavaSourceParser parser = new JavaSourceParser();

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        JavaBodyFingerprintTest.class.getResourceAsStream("/similarity/java/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Map<String, TypeDecl> types(String path, String source) {
    ParseOutcome outcome =
        parser.parse(
            new SourceFile(Path.of(path), path, false), source.getBytes(StandardCharsets.UTF_8));
    FileFacts facts = assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts();
    return facts.types().stream()
        .collect(Collectors.toMap(TypeDecl::simpleName, Function.identity()));
  }

  private TokenBag body(String fixture, String type) throws IOException {
    return types(fixture, fixture(fixture)).get(type).body();
  }

  @Test
  void copiesOfAClassInTwoFilesGetEqualBags() throws IOException {
    TokenBag original = body("LruCache.java", "LruCache");
    TokenBag copy = body("LruCacheCopy.java", "LruCache");
    assertTrue(original.size() > 300, original.toString());
    assertEquals(original, copy);
  }

  @Test
  void aRenamedCopyIsAlmostTheSame() throws IOException {
    TokenBag original = body("LruCache.java", "LruCache");
    TokenBag renamed = body("BoundedCache.java", "BoundedCache");
    assertNotEquals(original, renamed);
    double similarity = original.similarity(renamed);
    assertTrue(similarity >= 0.95, "renamed copy " + similarity);
    double unrelated = original.similarity(body("TagRegistryList.java", "TagRegistryList"));
    assertTrue(unrelated < 0.5, "unrelated " + unrelated);
  }

  @Test
  void theBagIsTheLexersBagOfTheDeclarationsText() throws IOException {
    for (String name : new String[] {"LruCache.java", "PolygonShape.java", "TagRegistrySet.java"}) {
      String source = fixture(name);
      TypeRange range = JavaBodyLexer.topLevelTypes(source).get(0);
      TypeDecl type = types(name, source).get(range.name());
      assertEquals(JavaBodyLexer.bag(source, range.start(), range.end()), type.body(), name);
    }
  }

  @Test
  void nestedTypesGetTheirOwnBagAndCountInTheirOuterOnes() throws IOException {
    String cache = fixture("LruCache.java");
    TypeRange range = JavaBodyLexer.topLevelTypes(cache).get(0);
    String declaration =
        cache
            .substring(range.start(), range.end())
            .replace("public final class", "public static final class");
    String nested =
        "package com.acme;\n\n/** Holder. */\npublic final class Holder {\n\tprivate int count;\n\n"
            + declaration.replace("\n", "\n  ")
            + "\r\n}\r\n";
    Map<String, TypeDecl> types = types("com/acme/Holder.java", nested);
    TypeDecl inner = types.get("Holder.LruCache");
    TypeDecl outer = types.get("Holder");
    // the same declaration at top level and nested, with other indentation and line ends
    TokenBag topLevel = JavaBodyLexer.bag(declaration, 0, declaration.length());
    assertEquals(topLevel, inner.body());
    assertTrue(outer.body().size() > inner.body().size() + 5);
    assertTrue(outer.body().shared(inner.body()) > inner.body().size() * 0.9);
  }

  @Test
  void annotationsModifiersAndTabsAreInsideTheRange() {
    String a = "package p;\n\n@Deprecated\tpublic\tfinal class A {\n\tint x;\n}\n";
    String b = "package p;\n\n@Deprecated public final class B {\n  int x;\n}\n";
    String c = "package p;\n\npublic final class C {\n  int x;\n}\n";
    TokenBag bagA = types("p/A.java", a).get("A").body();
    assertEquals(bagA, types("p/B.java", b).get("B").body());
    assertEquals(bagA.size(), types("p/C.java", c).get("C").body().size() + 2);
    assertEquals(
        TokenBag.builder()
            .withoutTokens("A")
            .add("@")
            .add("Deprecated")
            .add("public")
            .add("final")
            .add("class")
            .add("A")
            .add("{")
            .add("int")
            .add("x")
            .add(";")
            .add("}")
            .build(),
        bagA);
  }

  @Test
  void everyKindOfLineEndFindsTheSameRanges() {
    String source =
        "package p;\n\nimport java.util.List;\n\n// a comment\nclass Outer {\n  List<String> names;\n"
            + "  static class Inner {\n    int size() { return 1; }\n  }\n}\n";
    Map<String, TypeDecl> unix = types("p/Outer.java", source);
    for (String lineEnd : new String[] {"\r\n", "\r"}) {
      Map<String, TypeDecl> other = types("p/Outer.java", source.replace("\n", lineEnd));
      assertEquals(unix.get("Outer").body(), other.get("Outer").body(), lineEnd.length() + "");
      assertEquals(
          unix.get("Outer.Inner").body(), other.get("Outer.Inner").body(), lineEnd.length() + "");
    }
    assertEquals(
        JavaBodyLexer.bag(source, source.indexOf("static class"), source.lastIndexOf("}\n}") + 1),
        unix.get("Outer.Inner").body());
  }
}
