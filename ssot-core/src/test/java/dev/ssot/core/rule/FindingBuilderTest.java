package dev.ssot.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingBuilderTest {

  private final List<RuleFinding> reported = new ArrayList<>();
  private final FindingSink sink = reported::add;
  private final Location at = new Location("src/main/java/com/acme/A.java", 3, 14);

  @Test
  void aFindingNeedsOnlyALocationAndAMessage() {
    sink.at(at).message("A is a copy of B").report();
    assertEquals(
        List.of(new RuleFinding(at, "A is a copy of B", List.of(), List.of(), null, null, null)),
        reported);
  }

  @Test
  void everyPartArrivesAsGiven() {
    Evidence definition = new Evidence.Definition("com.acme.B", at);
    sink.at(at)
        .message("A is a copy of B")
        .symbols("com.acme.A", "com.acme.B")
        .evidence(definition)
        .subject("com.acme.A")
        .atMost(Severity.WARNING)
        .report();
    RuleFinding finding = reported.get(0);
    assertEquals(List.of("com.acme.A", "com.acme.B"), finding.symbols());
    assertEquals(List.of(definition), finding.evidence());
    assertEquals("com.acme.A", finding.subject());
    assertEquals(Severity.WARNING, finding.atMost());
    assertNull(finding.move());
  }

  @Test
  void nothingIsReportedUntilReportIsCalled() {
    FindingBuilder builder = sink.at(at).message("pending");
    assertTrue(reported.isEmpty());
    builder.report();
    assertEquals(1, reported.size());
  }

  @Test
  void aFindingWithoutAMessageIsARuleBug() {
    NullPointerException missing =
        assertThrows(NullPointerException.class, () -> sink.at(at).symbols("com.acme.A").report());
    assertEquals("a finding needs a message", missing.getMessage());
    assertTrue(reported.isEmpty());
  }

  @Test
  void theListsAreCopied() {
    List<String> symbols = new ArrayList<>(List.of("com.acme.A"));
    sink.at(at).message("m").symbols(symbols).report();
    symbols.add("com.acme.B");
    assertEquals(List.of("com.acme.A"), reported.get(0).symbols());
  }
}
