package dev.ssot.rules.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness must fail both ways, or the fixture tests prove nothing. */
class MarkerHarnessTest {

  private static final Path CASES = Path.of("src/test/resources/harness");

  @Test
  void aMarkerWithoutAFindingFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> MarkerHarness.check("import-cycle", CASES.resolve("marker-without-finding")));
    assertTrue(
        e.getMessage().contains("missing import-cycle finding at src/a/A.java:3"), e.getMessage());
  }

  @Test
  void aFindingWithoutAMarkerFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> MarkerHarness.check("import-cycle", CASES.resolve("finding-without-marker")));
    assertTrue(
        e.getMessage().contains("unexpected import-cycle finding at src/a/A.java:3"),
        e.getMessage());
  }

  @Test
  void aMarkerWhoseTextIsNotInTheMessageFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> MarkerHarness.check("import-cycle", CASES.resolve("marker-text-mismatch")));
    assertTrue(e.getMessage().contains("containing '7 packages'"), e.getMessage());
  }

  @Test
  void readsSeveralMarkersOnOneLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(
        dir.resolve("A.java"),
        "import a.B; // expect: non-canonical-import: import a.C#of instead // expect: deprecated-import\n");
    assertEquals(
        List.of(
            new MarkerHarness.Marker("A.java", 1, "non-canonical-import", "import a.C#of instead"),
            new MarkerHarness.Marker("A.java", 1, "deprecated-import", null)),
        MarkerHarness.markersIn(dir));
  }

  @Test
  void readsMarkersWithAndWithoutText() {
    assertEquals(
        List.of(new MarkerHarness.Marker("src/a/A.java", 3, "import-cycle", "7 packages")),
        MarkerHarness.markersIn(CASES.resolve("marker-text-mismatch")));
    assertEquals(
        List.of(new MarkerHarness.Marker("src/a/A.java", 3, "import-cycle", null)),
        MarkerHarness.markersIn(CASES.resolve("marker-without-finding")));
  }
}
