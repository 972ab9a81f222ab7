package dev.ssot.core.parse.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.similarity.TokenBag;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsCodecTest {

  private static TokenBag bagOf(String... tokens) {
    TokenBag.Builder builder = TokenBag.builder().withoutTokens("Cache");
    for (String token : tokens) {
      builder.add(token);
    }
    return builder.build();
  }

  private static TypeDecl type(String name, String enclosing, TokenBag body) {
    return new TypeDecl(
        "com.acme." + name,
        name,
        TypeKind.CLASS,
        Set.of("public"),
        List.of("Deprecated"),
        false,
        List.of("Base"),
        new Location("com/acme/Cache.java", 3, 14),
        40,
        enclosing,
        List.of(new FieldDecl("size", "int", Set.of("private"), 4)),
        List.of(
            new MethodDecl(
                "get",
                "Object",
                List.of("String"),
                List.of("key"),
                Set.of("public"),
                6,
                MethodDecl.Body.LOGIC,
                null,
                null,
                false,
                false)),
        body);
  }

  private static ParseOutcome roundTrip(ParseOutcome outcome) {
    ByteSink sink = new ByteSink(64);
    FactsCodec.write(outcome, sink);
    byte[] bytes = sink.toByteArray();
    ByteSource source = new ByteSource(bytes, 0, bytes.length);
    ParseOutcome back = FactsCodec.read(source);
    assertTrue(source.atEnd(), "the whole entry was read");
    return back;
  }

  @Test
  void typesComeBackWithTheirBodyFingerprints() {
    TokenBag body =
        bagOf("public", "class", "Cache", "{", "int", "size", ";", "}", "Cache", "(", ")");
    TokenBag extremes = TokenBag.of(new int[] {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE});
    FileFacts facts =
        new FileFacts(
            "com/acme/Cache.java",
            "java",
            false,
            "com.acme",
            40,
            List.of(new ImportRef("java.util.Map", false, false, 2, 1)),
            List.of(
                type("Cache", null, body),
                type("Cache.Entry", "com.acme.Cache", extremes),
                type("Cache.Empty", "com.acme.Cache", TokenBag.empty()),
                type("Cache.One", "com.acme.Cache", TokenBag.of(new int[] {42}))),
            List.of(),
            List.of());
    ParseOutcome back = roundTrip(new ParseOutcome.Parsed(facts));
    FileFacts read = ((ParseOutcome.Parsed) back).facts();
    assertEquals(facts, read);
    assertEquals(body, read.types().get(0).body());
    assertEquals(extremes, read.types().get(1).body());
    assertEquals(TokenBag.empty(), read.types().get(2).body());
    assertEquals(1.0, read.types().get(0).body().similarity(body));
  }

  @Test
  void randomBagsRoundTripAndStayCompact() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int size = random.nextInt(3000);
      TokenBag.Builder builder = TokenBag.builder();
      for (int i = 0; i < size; i++) {
        builder.add("t" + random.nextInt(1 + size / 3));
      }
      TokenBag bag = builder.build();
      ByteSink sink = new ByteSink(16);
      FactsCodec.writeBag(bag, sink);
      byte[] bytes = sink.toByteArray();
      assertTrue(
          bytes.length <= 5 + 4 * bag.size(),
          bytes.length + " bytes for " + bag.size() + " hashes");
      ByteSource source = new ByteSource(bytes, 0, bytes.length);
      assertEquals(bag, FactsCodec.readBag(source));
      assertTrue(source.atEnd());
    }
  }

  @Test
  void hashesOutOfOrderAreCorrupt() {
    ByteSink sink = new ByteSink(16);
    sink.writeUnsigned(3);
    sink.writeUnsigned(5 ^ Integer.MIN_VALUE);
    sink.writeUnsigned(2);
    sink.writeUnsigned(0); // a repeated hash
    byte[] bytes = sink.toByteArray();
    assertThrows(
        CorruptCacheException.class,
        () -> FactsCodec.readBag(new ByteSource(bytes, 0, bytes.length)));

    ByteSink wrapping = new ByteSink(16);
    wrapping.writeUnsigned(2);
    wrapping.writeUnsigned(Integer.MAX_VALUE ^ Integer.MIN_VALUE);
    wrapping.writeUnsigned(1); // past the largest int
    byte[] wrapped = wrapping.toByteArray();
    assertThrows(
        CorruptCacheException.class,
        () -> FactsCodec.readBag(new ByteSource(wrapped, 0, wrapped.length)));
  }
}
