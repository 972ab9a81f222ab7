package dev.ssot.lang.python;

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

/** The body fingerprint the parser stores with every class ({@link TypeDecl#body()}). */
class PythonBodyFingerprintTest {

  private final PythonSourceParser parser = new PythonSourceParser();

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        PythonBodyFingerprintTest.class.getResourceAsStream("/similarity/python/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Map<String, TypeDecl> types(String path, byte[] content) {
    String module = path.substring(0, path.length() - 3).replace('/', '.');
    ParseOutcome outcome =
        parser.parse(new SourceFile(Path.of(path), path, false, module), content);
    FileFacts facts = assertInstanceOf(ParseOutcome.Parsed.class, outcome).facts();
    return facts.types().stream()
        .collect(Collectors.toMap(TypeDecl::simpleName, Function.identity()));
  }

  private Map<String, TypeDecl> types(String path, String source) {
    return types(path, source.getBytes(StandardCharsets.UTF_8));
  }

  private TokenBag body(String fixture, String type) throws IOException {
    return types(fixture, fixture(fixture)).get(type).body();
  }

  @Test
  void copiesOfAClassInTwoFilesGetEqualBags() throws IOException {
    // other docstrings, comments (one not ASCII), indentation and module header
    TokenBag original = body("lru_cache.py", "LRUCache");
    TokenBag copy = body("lru_cache_copy.py", "LRUCache");
    assertTrue(original.size() > 200, original.toString());
    assertEquals(original, copy);
  }

  @Test
  void aRenamedCopyIsAlmostTheSame() throws IOException {
    TokenBag original = body("lru_cache.py", "LRUCache");
    TokenBag renamed = body("bounded_cache.py", "BoundedCache");
    assertNotEquals(original, renamed);
    double similarity = original.similarity(renamed);
    assertTrue(similarity >= 0.95, "renamed copy " + similarity);
    double unrelated = original.similarity(body("tag_registry_list.py", "TagRegistry"));
    assertTrue(unrelated < 0.5, "unrelated " + unrelated);
  }

  @Test
  void theBagIsTheLexersBagOfTheClassText() throws IOException {
    for (String name : new String[] {"lru_cache.py", "shapes.py", "tag_registry_set.py"}) {
      String source = fixture(name);
      Map<String, TypeDecl> types = types(name, source);
      for (TypeRange range : PythonBodyLexer.topLevelTypes(source)) {
        assertEquals(
            PythonBodyLexer.bag(source, range.start(), range.end()),
            types.get(range.name()).body(),
            name + " " + range.name());
      }
    }
  }

  @Test
  void nestedAndDecoratedClassesGetTheirOwnBagAndCountInTheirOuterOnes() throws IOException {
    String cache = fixture("lru_cache.py");
    String declaration = "@dataclass(frozen=False)\n" + cache.substring(cache.indexOf("class "));
    String nested =
        "import dataclasses\n\n\nclass Holder:\n    \"\"\"Holds a cache.\"\"\"\n\n    count = 0\n\n"
            + ("    " + declaration.replace("\n", "\n    ")).replace("\n    \n", "\n\n")
            + "\n\n\ndef after():\n    return Holder\n";
    Map<String, TypeDecl> types = types("pkg/holder.py", nested);
    TypeDecl inner = types.get("Holder.LRUCache");
    TypeDecl outer = types.get("Holder");
    assertEquals(PythonBodyLexer.bag(declaration, 0, declaration.length()), inner.body(), "nested");
    assertEquals(
        types("pkg/top.py", declaration).get("LRUCache").body(), inner.body(), "top level");
    assertTrue(inner.body().size() > 200);
    assertTrue(outer.body().size() > inner.body().size() + 5);
    assertTrue(outer.body().shared(inner.body()) > inner.body().size() * 0.9);
  }

  @Test
  void nonAsciiTextGivesTheSameBagWhateverTheFilesEncoding() {
    String source =
        "class Grüße:\n    \"\"\"Dokumentation.\"\"\"\n    größe = 'Ä'\n\n"
            + "    def sag(self, wort='tschüß'):\n        return self.größe + wort\n";
    TokenBag utf8 = types("a.py", source).get("Grüße").body();
    byte[] latin1 = ("# -*- coding: latin-1 -*-\n" + source).getBytes(StandardCharsets.ISO_8859_1);
    TokenBag transcoded = types("b.py", latin1).get("Grüße").body();
    assertEquals(utf8, transcoded);
    // a name with non-ASCII letters is one token: renaming it changes exactly its two uses
    TokenBag renamed = types("c.py", source.replace("größe", "grosse")).get("Grüße").body();
    assertEquals(utf8.size(), renamed.size());
    assertEquals(utf8.size() - 2, utf8.shared(renamed));
  }
}
