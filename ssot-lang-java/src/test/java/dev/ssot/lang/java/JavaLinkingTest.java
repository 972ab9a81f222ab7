package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.Dependency;
import dev.ssot.core.graph.Level;
import dev.ssot.core.model.FileFacts;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import dev.ssot.core.parse.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JavaLinkingTest {

  private static final String SRC = "src/main/java/com/acme/";

  static CodeGraph parseTree(Path root) {
    JavaSourceParser parser = new JavaSourceParser();
    SourceSet sources =
        SourceSet.discover(root, List.of(), List.of(), List.of(), List.of(), parser::accepts);
    List<FileFacts> facts =
        sources.files().stream()
            .map(
                file -> {
                  try {
                    return ((ParseOutcome.Parsed)
                            parser.parse(file, Files.readAllBytes(file.absolutePath())))
                        .facts();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    return dev.ssot.core.lang.Languages.installed().link(facts);
  }

  private final CodeGraph graph = parseTree(Path.of("src/test/resources/graph/tangle"));

  @Test
  void packageEdgesKeepTheirEvidence() {
    assertEquals(
        List.of(
            "com.acme.a -> com.acme.b",
            "com.acme.b -> com.acme.a",
            "com.acme.b -> com.acme.c",
            "com.acme.c -> com.acme.a",
            "com.acme.d -> com.acme.a"),
        graph.dependencies(Level.PACKAGE).stream().map(Dependency::toString).toList());
    assertEquals(
        List.of(new Location(SRC + "a/A.java", 3, 1), new Location(SRC + "a/A.java", 4, 1)),
        graph.dependency(Level.PACKAGE, "com.acme.a", "com.acme.b").orElseThrow().evidence());
    // on-demand import: evidence at the use, not at the import; the unused on-demand import of e
    // adds nothing
    assertEquals(
        List.of(new Location(SRC + "b/B.java", 7, 3)),
        graph.dependency(Level.PACKAGE, "com.acme.b", "com.acme.c").orElseThrow().evidence());
    // static import of a member type and a fully qualified name
    assertEquals(
        List.of(new Location(SRC + "c/C.java", 3, 1), new Location(SRC + "c/C.java", 6, 23)),
        graph.dependency(Level.PACKAGE, "com.acme.c", "com.acme.a").orElseThrow().evidence());
    assertTrue(graph.dependency(Level.PACKAGE, "com.acme.b", "com.acme.e").isEmpty());
    assertEquals(
        List.of("com.acme.a", "com.acme.b", "com.acme.c", "com.acme.d", "com.acme.e"),
        List.copyOf(graph.nodes(Level.PACKAGE)));
  }

  @Test
  void findsComponentsShortestCycleAndCut() {
    List<SortedSet<String>> components = graph.stronglyConnectedComponents(Level.PACKAGE);
    assertEquals(
        List.of(new TreeSet<>(List.of("com.acme.a", "com.acme.b", "com.acme.c"))), components);
    assertEquals(
        List.of("com.acme.a", "com.acme.b", "com.acme.a"),
        graph.shortestCycleIn(Level.PACKAGE, components.get(0)));
    List<Dependency> cut = graph.suggestedCut(Level.PACKAGE, components.get(0));
    assertEquals(
        List.of("com.acme.b -> com.acme.a", "com.acme.b -> com.acme.c"),
        cut.stream().map(Dependency::toString).toList(),
        "the two one-import edges are cheaper than the two-import edges a -> b and c -> a");
  }

  @Test
  void typeLevelCollapsesNestedTypesIntoTheirTopLevelType() {
    assertEquals(
        List.of(
            "com.acme.a.A -> com.acme.b.B",
            "com.acme.a.A -> com.acme.b.Other",
            "com.acme.b.B -> com.acme.c.C",
            "com.acme.b.Other -> com.acme.a.A",
            "com.acme.c.C -> com.acme.a.A",
            "com.acme.d.D -> com.acme.a.A"),
        graph.dependencies(Level.TYPE).stream().map(Dependency::toString).toList());
    List<SortedSet<String>> components = graph.stronglyConnectedComponents(Level.TYPE);
    assertEquals(1, components.size());
    assertEquals(
        List.of("com.acme.a.A", "com.acme.b.Other", "com.acme.a.A"),
        graph.shortestCycleIn(Level.TYPE, components.get(0)));
  }

  @Test
  void importersAndDependenciesAreSorted() {
    assertEquals(
        List.of("com.acme.b", "com.acme.c", "com.acme.d"),
        graph.importersOf(Level.PACKAGE, "com.acme.a").stream().map(Dependency::from).toList());
    assertEquals(
        List.of("com.acme.a", "com.acme.c"),
        graph.dependenciesOf(Level.PACKAGE, "com.acme.b").stream().map(Dependency::to).toList());
    assertEquals(List.of(), graph.dependenciesOf(Level.PACKAGE, "no.such.package"));
  }

  @Test
  void shortestCycleStartsAtSmallestMemberAndCutBreaksEveryCycle() {
    // a ring of four packages plus a chord: z -> y -> x -> w -> z and x -> z
    List<FileFacts> files =
        List.of(
            facts("p/w/W.java", "p.w", "import p.z.Z;"),
            facts("p/x/X.java", "p.x", "import p.w.W; import p.z.Z;"),
            facts("p/y/Y.java", "p.y", "import p.x.X;"),
            facts("p/z/Z.java", "p.z", "import p.y.Y;"));
    CodeGraph ring = dev.ssot.core.lang.Languages.installed().link(files);
    SortedSet<String> component = ring.stronglyConnectedComponents(Level.PACKAGE).get(0);
    assertEquals(4, component.size());
    assertEquals(
        List.of("p.x", "p.z", "p.y", "p.x"), ring.shortestCycleIn(Level.PACKAGE, component));
    List<Dependency> cut = ring.suggestedCut(Level.PACKAGE, component);
    assertEquals(1, cut.size(), cut.toString());
    assertEquals("p.y -> p.x", cut.get(0).toString());
  }

  private static FileFacts source(String path, String source) {
    return ((ParseOutcome.Parsed)
            new JavaSourceParser()
                .parse(
                    new SourceFile(Path.of(path), path, false),
                    source.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .facts();
  }

  private static List<String> packageEdges(FileFacts... files) {
    return dev.ssot.core.lang.Languages.installed()
        .link(List.of(files))
        .dependencies(Level.PACKAGE)
        .stream()
        .map(Dependency::toString)
        .toList();
  }

  @Test
  void importsUsedOnlyInJavadocOrNotAtAllAreNoDependency() {
    assertEquals(
        List.of("a -> b"),
        packageEdges(
            source("a/A.java", "package a; import b.B; public class A { B b; }"),
            source("b/B.java", "package b; import a.A; /** See {@link A}. */ public class B {}")));
  }

  @Test
  void typeParametersShadowTypes() {
    assertEquals(
        List.of("a -> b"),
        packageEdges(
            source("a/A.java", "package a; import b.Box; public class A { Box<String> box; }"),
            source(
                "b/Box.java",
                "package b; import a.*; public class Box<A> { A value; <A> A get(A a) { return a; } }")));
  }

  @Test
  void localClassesShadowTypes() {
    assertEquals(
        List.of("a -> b"),
        packageEdges(
            source("a/A.java", "package a; import b.B; public class A { B b; }"),
            source(
                "b/B.java",
                "package b; import a.*; public class B { void m() { class A {} A x = new A(); } }")));
  }

  @Test
  void nestedTypesReachedThroughASubclassBelongToTheirDeclarer() {
    assertEquals(
        List.of("q -> p", "q -> u", "u -> p"),
        packageEdges(
            source(
                "p/Base.java", "package p; public class Base { public static class Builder {} }"),
            source(
                "q/Sub.java",
                "package q; import u.User; public class Sub extends p.Base { User user; }"),
            source("u/User.java", "package u; public class User { q.Sub.Builder builder; }")));
  }

  @Test
  void inheritedMemberTypesWinOverOnDemandImports() {
    assertEquals(
        List.of("q -> p", "r -> q"),
        packageEdges(
            source("p/Base.java", "package p; public class Base { public static class Entry {} }"),
            source(
                "q/Sub.java",
                "package q; import p.Base; import r.*; public class Sub extends Base { Entry entry; }"),
            source("r/Entry.java", "package r; import q.Sub; public class Entry { Sub owner; }")));
  }

  @Test
  void staticImportsBringMemberTypesIntoScope() {
    CodeGraph graph =
        dev.ssot.core.lang.Languages.installed()
            .link(
                List.of(
                    source(
                        "a/Outer.java",
                        "package a; public class Outer { public static class Inner {} }"),
                    source("b/Inner.java", "package b; public class Inner {}"),
                    source(
                        "b/User.java",
                        "package b; import static a.Outer.Inner; public class User { Inner inner; }")));
    assertEquals(
        List.of("b.User -> a.Outer"),
        graph.dependencies(Level.TYPE).stream().map(Dependency::toString).toList());
  }

  private static FileFacts facts(String path, String pkg, String imports) {
    String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 5);
    StringBuilder fields = new StringBuilder();
    for (String imp : imports.split(";")) {
      if (!imp.isBlank()) {
        String type = imp.strip().substring(imp.strip().lastIndexOf('.') + 1);
        fields.append(type).append(' ').append(type.toLowerCase()).append("; ");
      }
    }
    return source(
        path,
        "package " + pkg + ";\n" + imports + "\npublic class " + name + " { " + fields + "}\n");
  }
}
