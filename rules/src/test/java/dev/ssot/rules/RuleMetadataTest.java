package dev.ssot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.engine.RuleRegistry;
import dev.ssot.core.rule.RuleDescriptor;
import dev.ssot.rules.harness.MarkerHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every registered rule is named, documented and tested the same way. */
class RuleMetadataTest {

  static final List<String> HEADINGS =
      List.of(
          "## What it flags",
          "## Why it matters",
          "## Not flagged",
          "## Example",
          "## Use instead",
          "## Options");

  private static final List<RuleDescriptor> RULES = RuleRegistry.load().all();

  @Test
  void theDefaultRuleSetIsReviewableHere() {
    String enabled =
        RULES.stream()
            .filter(RuleDescriptor::enabledByDefault)
            .map(r -> r.id() + " (" + r.severity().id() + ")")
            .collect(Collectors.joining(", "));
    assertEquals(
        "banned-import (warning), deprecated-import (info), drifting-test-double (warning), duplicate-type (error), "
            + "factory-proliferation (warning), import-cycle (error), non-canonical-import (warning), unresolved-import (error), "
            + "unused-suppression (warning)",
        enabled);
  }

  @TestFactory
  Stream<DynamicTest> classIsNamedAfterTheId() {
    return RULES.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id().value(),
                    () -> {
                      String camel =
                          Arrays.stream(rule.id().value().split("-"))
                              .map(
                                  part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                              .collect(Collectors.joining());
                      assertEquals(camel + "Rule", rule.rule().getClass().getSimpleName());
                      assertFalse(
                          rule.summary().endsWith("."),
                          "a summary is one line without a full stop");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> docsHaveTheFixedHeadings() {
    return RULES.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id().value(),
                    () -> {
                      try (InputStream in =
                          getClass().getClassLoader().getResourceAsStream(rule.docResource())) {
                        assertNotNull(in, "missing docs/rules/" + rule.id() + ".md");
                        String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        assertTrue(
                            doc.startsWith("# " + rule.id() + "\n"), "starts with the id as title");
                        int last = -1;
                        for (String heading : HEADINGS) {
                          int at = doc.indexOf("\n" + heading + "\n");
                          assertTrue(
                              at > last,
                              rule.id() + ".md: '" + heading + "' missing or out of order");
                          last = at;
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasPositiveAndNotFlaggedFixtures() {
    return RULES.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id().value(),
                    () -> {
                      Path dir = MarkerHarness.FIXTURES.resolve(rule.id().value());
                      assertTrue(Files.isDirectory(dir), "missing fixtures/" + rule.id());
                      long positive;
                      long negative;
                      try (Stream<Path> cases = Files.list(dir)) {
                        List<Path> all = cases.filter(Files::isDirectory).toList();
                        positive =
                            all.stream().filter(c -> !MarkerHarness.markersIn(c).isEmpty()).count();
                        negative = all.size() - positive;
                      } catch (IOException e) {
                        throw new AssertionError(e);
                      }
                      assertTrue(positive >= 1, rule.id() + " needs a fixture case with markers");
                      assertTrue(
                          negative >= 1,
                          rule.id() + " needs a 'not flagged' fixture case without markers");
                    }));
  }
}
