package dev.ssot.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ssot.core.model.AliasDecl;
import dev.ssot.core.model.FieldDecl;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.ImportContext;
import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.LoadStep;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.MethodDecl;
import dev.ssot.core.model.MockDecl;
import dev.ssot.core.model.ModuleFacts;
import dev.ssot.core.model.Suppression;
import dev.ssot.core.model.TypeDecl;
import dev.ssot.core.model.TypeKind;
import dev.ssot.core.model.TypeRef;
import dev.ssot.core.similarity.TokenBag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FactsPoolTest {

  /** A fresh instance of the text, as every parser makes its own. */
  private static String text(String value) {
    return new String(value.toCharArray());
  }

  private static TokenBag bag(int tokens) {
    TokenBag.Builder builder = TokenBag.builder();
    IntStream.range(0, tokens).forEach(i -> builder.add(text("t" + (i % 7))));
    return builder.build();
  }

  private static FileFacts file(String path) {
    MethodDecl get =
        new MethodDecl(
            text("get"),
            text("Object"),
            new ArrayList<>(List.of(text("String"), text("int"))),
            List.of(text("key"), text("index")),
            Set.of(text("public"), text("final")),
            6,
            MethodDecl.Body.DELEGATION,
            text("map"),
            text("get"),
            true,
            false);
    TypeDecl cache =
        new TypeDecl(
            text("com.acme.Cache"),
            text("Cache"),
            TypeKind.CLASS,
            Set.of(text("public")),
            List.of(text("Deprecated")),
            true,
            List.of(text("Base")),
            new Location(text(path), 3, 14),
            40,
            null,
            List.of(new FieldDecl(text("size"), text("int"), Set.of(text("private")), 4)),
            List.of(get),
            bag(120),
            List.of(text("com.acme.NewCache")));
    ModuleFacts module =
        new ModuleFacts(
            false,
            List.of(text("Cache")),
            text("use newcache"),
            true,
            List.of(new AliasDecl(text("Old"), text("Cache"), 9, 0)),
            List.of(get),
            List.of(new MockDecl(text("m"), text("Mock"), null, List.of(text("a")), 11, 2)),
            text("A cache."),
            List.of(text("Cache"), text("Old")),
            List.of(
                new LoadStep(
                    LoadStep.Kind.LOAD_FROM,
                    1,
                    0,
                    text("acme.base"),
                    text("Base"),
                    text("Base"),
                    false,
                    LoadStep.CATCHES_IMPORT,
                    true)));
    return new FileFacts(
        text(path),
        text("python"),
        false,
        text("com.acme"),
        40,
        List.of(
            new ImportRef(
                text("acme.base"),
                false,
                false,
                1,
                0,
                true,
                text("Base"),
                text("B"),
                ImportContext.GUARDED)),
        List.of(cache),
        List.of(new TypeRef(text("Base"), text("com.acme.Cache"), 5, 2, true)),
        List.of(new Suppression(text("naming"), new Location(text(path), 2, 0), 2, 3, text("why"))),
        module);
  }

  @Test
  void sharedFactsEqualTheOriginal() {
    FactsPool pool = new FactsPool();
    FileFacts original = file("a/cache.py");
    assertEquals(original, pool.share(original));
    FileFacts bare =
        new FileFacts("B.java", "java", true, "", 1, List.of(), List.of(), List.of(), List.of());
    FileFacts shared = pool.share(bare);
    assertEquals(bare, shared);
    assertNull(shared.module());
  }

  @Test
  void equalValuesOfTwoFilesBecomeOneInstance() {
    FactsPool pool = new FactsPool();
    FileFacts first = pool.share(file("a/cache.py"));
    FileFacts second = pool.share(file("b/cache.py"));
    TypeDecl a = first.types().get(0);
    TypeDecl b = second.types().get(0);
    assertSame(a.qualifiedName(), b.qualifiedName());
    assertSame(a.modifiers(), b.modifiers());
    assertSame(a.supertypes(), b.supertypes());
    assertSame(a.body(), b.body(), "copied bodies share one fingerprint");
    assertSame(a.methods().get(0).parameterTypes(), b.methods().get(0).parameterTypes());
    assertSame(a.methods().get(0).name(), b.methods().get(0).name());
    assertSame(a.fields().get(0).type(), b.fields().get(0).type());
    assertSame(first.imports().get(0).name(), second.imports().get(0).name());
    assertSame(first.references().get(0).fromType(), a.qualifiedName());
    assertSame(
        first.module().loadSteps().get(0).module(), second.module().loadSteps().get(0).module());
    assertSame(first.language(), second.language());
    assertSame(first.path(), a.location().path(), "a file's locations share its path");
    assertSame(first.path(), first.suppressions().get(0).location().path());
  }
}
