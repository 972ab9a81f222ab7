package dev.ssot.rules.harness;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.engine.RuleRegistry;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs one rule over fixture source trees and checks the expectation markers both ways: every
 * {@code // expect: <rule-id>[: <text>]} (or {@code # expect: …} in Python) trailing a line needs a
 * finding of that rule whose primary location is on that line (and whose message contains the
 * text); every finding needs a marker. A case folder may hold its own {@code ssot.yaml}.
 *
 * <p>Fixtures live in {@code src/test/resources/fixtures/<rule-id>/<case>/}; each case folder is
 * one dynamic test, so adding a folder adds a test.
 */
public final class MarkerHarness {

  private static final Pattern MARKER =
      Pattern.compile(
          "(?://|#)\\s*expect:\\s*([a-z0-9-]+)(?::\\s*(.*?))?\\s*(?=(?://|#)\\s*expect:|$)");
  public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  private MarkerHarness() {}

  /** A marker found in a fixture file. */
  public record Marker(String path, int line, String ruleId, String text) {}

  /** One dynamic test per case folder of the rule. */
  public static Stream<DynamicTest> casesOf(String ruleId) {
    Path dir = FIXTURES.resolve(ruleId);
    try (Stream<Path> cases = Files.list(dir)) {
      return cases.filter(Files::isDirectory).sorted().toList().stream()
          .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(ruleId, c)));
    } catch (IOException e) {
      throw new UncheckedIOException("no fixtures for " + ruleId + " in " + dir, e);
    }
  }

  /** Runs the rule on one case and compares findings with markers, both ways. */
  public static void check(String ruleId, Path caseDir) {
    // A rule that judges suppressions needs the rules they name to run: it runs with the case's
    // configured rule set, and only its own findings are compared.
    boolean reviewsSuppressions =
        RuleRegistry.load()
            .find(ruleId)
            .map(RuleDescriptor::reviewsSuppressions)
            .orElseThrow(() -> new AssertionError("no rule " + ruleId));
    AnalysisRequest.Builder request = AnalysisRequest.builder(caseDir);
    if (!reviewsSuppressions) {
      request.select(List.of(ruleId));
    }
    AnalysisResult result = Analysis.run(request.build());
    if (!result.report().parseProblems().isEmpty()) {
      fail("fixture does not parse: " + result.report().parseProblems());
    }
    List<Finding> findings =
        result.report().findings().stream().filter(f -> f.rule().value().equals(ruleId)).toList();
    List<String> problems = compare(caseDir, findings, ruleId::equals);
    if (!problems.isEmpty()) {
      fail(caseDir.getFileName() + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Compares findings with the markers of the rules {@code rules} accepts, both ways; returns the
   * mismatches ("missing finding at …", "unexpected finding at …"), empty when they agree.
   */
  public static List<String> compare(
      Path caseDir, List<Finding> reported, java.util.function.Predicate<String> rules) {
    // one import is one finding: a rule's reason folded into another rule's finding of the same
    // import still answers that rule's marker, at its own place
    List<Finding> findings = new ArrayList<>(reported);
    for (Finding finding : reported) {
      for (dev.ssot.core.finding.Evidence evidence : finding.evidence()) {
        if (evidence instanceof dev.ssot.core.finding.Evidence.AlsoFlagged also) {
          findings.add(
              new Finding(
                  new dev.ssot.core.finding.RuleId(also.rule()),
                  finding.severity(),
                  also.message(),
                  also.location(),
                  finding.symbols(),
                  List.of(),
                  finding.fingerprint()));
        }
      }
    }
    List<Marker> markers = markersIn(caseDir).stream().filter(m -> rules.test(m.ruleId())).toList();
    List<String> problems = new ArrayList<>();
    for (Marker marker : markers) {
      boolean found =
          findings.stream()
              .anyMatch(
                  f ->
                      f.rule().value().equals(marker.ruleId())
                          && f.location().path().equals(marker.path())
                          && f.location().line() == marker.line()
                          && (marker.text() == null || f.message().contains(marker.text())));
      if (!found) {
        problems.add(
            "missing "
                + marker.ruleId()
                + " finding at "
                + marker.path()
                + ":"
                + marker.line()
                + (marker.text() == null ? "" : " containing '" + marker.text() + "'"));
      }
    }
    for (Finding finding : findings) {
      if (!rules.test(finding.rule().value())) {
        continue;
      }
      boolean expected =
          markers.stream()
              .anyMatch(
                  m ->
                      m.ruleId().equals(finding.rule().value())
                          && m.path().equals(finding.location().path())
                          && m.line() == finding.location().line());
      if (!expected) {
        problems.add(
            "unexpected "
                + finding.rule()
                + " finding at "
                + finding.location().path()
                + ":"
                + finding.location().line()
                + ": "
                + finding.message());
      }
    }
    return problems;
  }

  /** Every marker in the case's source files, with paths relative to the case folder. */
  public static List<Marker> markersIn(Path caseDir) {
    List<Marker> markers = new ArrayList<>();
    try (Stream<Path> files = Files.walk(caseDir)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".py"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = MARKER.matcher(lines.get(i));
          while (matcher.find()) {
            String relative = caseDir.relativize(file).toString().replace('\\', '/');
            markers.add(new Marker(relative, i + 1, matcher.group(1), matcher.group(2)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return markers;
  }
}
