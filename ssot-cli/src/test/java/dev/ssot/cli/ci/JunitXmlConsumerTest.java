package dev.ssot.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssot.cli.SsotCliAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.surefire.log.api.PrintStreamLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f junit} on the fragmented example, read by Maven Surefire's own report parser (the one
 * maven-surefire-report-plugin renders from): it finds the file valid, one suite per rule, one test
 * case per rule and file, and the failures and their messages the JSON report has.
 */
class JunitXmlConsumerTest {

  @TempDir Path dir;

  @Test
  void surefiresReportParserReadsEverySuiteCaseAndFailure() throws Exception {
    int code =
        SsotCliAccess.run(
            "check",
            "../examples/websocket-fragmented",
            "-f",
            "junit,json",
            "--output-dir",
            dir.toString());
    assertEquals(1, code);
    TestSuiteXmlParser parser = new TestSuiteXmlParser(new PrintStreamLogger(System.out));
    List<ReportTestSuite> suites = parser.parse(dir.resolve("report.junit.xml").toString());
    assertTrue(parser.isValid(), "the parser accepted the file");

    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    Map<String, List<String>> expected = new TreeMap<>();
    for (JsonNode finding : json.get("findings")) {
      List<String> files =
          expected.computeIfAbsent(finding.get("ruleId").asText(), k -> new ArrayList<>());
      String path = finding.at("/location/path").asText();
      if (!files.contains(path)) {
        files.add(path);
      }
    }
    assertTrue(expected.size() >= 4, "the example has findings of several rules: " + expected);

    int failures = 0;
    for (ReportTestSuite suite : suites) {
      System.out.println(
          "[surefire-report-parser] "
              + suite.getFullClassName()
              + ": "
              + suite.getNumberOfTests()
              + " tests, "
              + suite.getNumberOfFailures()
              + " failures, "
              + suite.getNumberOfSkipped()
              + " skipped");
      String rule = suite.getFullClassName().substring("ssot.".length());
      List<String> files = new ArrayList<>();
      for (ReportTestCase test : suite.getTestCases()) {
        if (test.hasFailure()) {
          failures++;
          files.add(test.getName());
          assertTrue(!test.getFailureMessage().isEmpty(), test.getFullName());
          assertTrue(
              test.getFailureDetail().contains(test.getName() + ":"), test.getFailureDetail());
        }
      }
      if (expected.containsKey(rule)) {
        assertEquals(
            expected.get(rule).stream().sorted().toList(), files.stream().sorted().toList(), rule);
      } else {
        assertEquals(List.of(), files, rule + " has no findings");
      }
    }
    assertEquals(expected.values().stream().mapToInt(List::size).sum(), failures);
  }
}
