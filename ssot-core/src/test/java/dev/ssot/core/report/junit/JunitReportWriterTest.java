package dev.ssot.core.report.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.CiReportFormatsGoldenTest;
import dev.ssot.core.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The structure JUnit XML readers rely on (Jenkins' and Ant's junit schemas, Surefire's report
 * parser, GitLab's and GitHub's test reporters): a {@code testsuites} root whose counts add up,
 * suites of test cases that each have a {@code name} and {@code classname} and at most one {@code
 * failure} or {@code skipped}; and the escaping that keeps any message well-formed.
 */
class JunitReportWriterTest {

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static void assertWellFormedJunit(Document document) {
    Element root = document.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    for (Element suite : children(root, "testsuite")) {
      assertTrue(!suite.getAttribute("name").isEmpty(), "testsuite without a name");
      List<Element> cases = children(suite, "testcase");
      assertEquals(children(suite, null).size(), cases.size(), "a suite holds only test cases");
      int suiteFailures = 0;
      int suiteSkipped = 0;
      for (Element test : cases) {
        assertTrue(!test.getAttribute("name").isEmpty(), "testcase without a name");
        assertEquals(suite.getAttribute("name"), test.getAttribute("classname"));
        assertEquals("0", test.getAttribute("time"));
        List<Element> outcome = children(test, null);
        assertTrue(outcome.size() <= 1, "at most one failure or skipped per test case");
        for (Element element : outcome) {
          assertTrue(Set.of("failure", "skipped").contains(element.getTagName()));
          assertTrue(!element.getAttribute("message").isEmpty(), "an outcome without a message");
          if (element.getTagName().equals("failure")) {
            suiteFailures++;
            assertTrue(
                Set.of("error", "warning", "info").contains(element.getAttribute("type")),
                element.getAttribute("type"));
          } else {
            suiteSkipped++;
          }
        }
      }
      assertEquals(cases.size(), Integer.parseInt(suite.getAttribute("tests")));
      assertEquals(suiteFailures, Integer.parseInt(suite.getAttribute("failures")));
      assertEquals(suiteSkipped, Integer.parseInt(suite.getAttribute("skipped")));
      assertEquals("0", suite.getAttribute("errors"));
      tests += cases.size();
      failures += suiteFailures;
      skipped += suiteSkipped;
    }
    assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
    assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
    assertEquals(skipped, Integer.parseInt(root.getAttribute("skipped")));
  }

  static List<Element> children(Element parent, String tag) {
    List<Element> elements = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
        elements.add(element);
      }
    }
    return elements;
  }

  @Test
  void theGoldenHasOneTestCasePerRuleAndFile() throws Exception {
    Document document =
        parse(
            Files.readString(
                Path.of("src/test/resources/golden/cycle/report.junit.xml"),
                StandardCharsets.UTF_8));
    assertWellFormedJunit(document);
    List<Element> suites = children(document.getDocumentElement(), "testsuite");
    assertEquals(
        List.of("ssot.duplicate-type", "ssot.import-cycle", "ssot.parse-problem"),
        suites.stream().map(s -> s.getAttribute("name")).toList());
    Element duplicate = children(suites.get(0), "testcase").get(0);
    assertEquals("src/main/java/com/acme/b/B.java", duplicate.getAttribute("name"));
    Element failure = children(duplicate, "failure").get(0);
    assertEquals(
        "'B' duplicates com.acme.a.A \"quoted\" <tag> & more", failure.getAttribute("message"));
    assertEquals("warning", failure.getAttribute("type"));
    assertTrue(
        failure
            .getTextContent()
            .contains("    definition: com.acme.a.A  src/main/java/com/acme/a/A.java:5\n"),
        failure.getTextContent());
  }

  @Test
  void findingsOfOneRuleInOneFileShareATestCaseAndCleanRulesPass() throws Exception {
    RuleId cycle = new RuleId("import-cycle");
    RuleId imports = new RuleId("non-canonical-import");
    Report report =
        report(
            List.of(
                finding(imports, Severity.WARNING, "a/B.java", 9, "second\u0007 line \"q\""),
                finding(imports, Severity.ERROR, "a/B.java", 3, "first\nnext ]]> <x>"),
                finding(imports, Severity.INFO, "a/C.java", 1, "other file")),
            List.of(cycle.value(), imports.value()));
    String xml = render(report);
    Document document = parse(xml);
    assertWellFormedJunit(document);
    List<Element> suites = children(document.getDocumentElement(), "testsuite");
    Element clean = children(suites.get(0), "testcase").get(0);
    assertEquals("no findings", clean.getAttribute("name"));
    assertEquals(List.of(), children(clean, null));
    List<Element> cases = children(suites.get(1), "testcase");
    assertEquals(2, cases.size(), xml);
    Element b = children(cases.get(0), "failure").get(0);
    assertEquals("error", b.getAttribute("type"), "the worst severity of the file's findings");
    assertEquals("2 findings; first: first\nnext ]]> <x>", b.getAttribute("message"));
    assertTrue(b.getTextContent().contains("a/B.java:9:0: warning: second\uFFFD line \"q\""));
    assertEquals("info", children(cases.get(1), "failure").get(0).getAttribute("type"));
  }

  @Test
  void staleBaselineEntriesFailOnlyWithAStrictBaseline() throws Exception {
    for (boolean strict : List.of(true, false)) {
      Report report =
          report(List.of(), List.of("duplicate-type"))
              .withBaseline(
                  new Report.BaselineResult(
                      "ssot-baseline.json",
                      Set.of(),
                      List.of(
                          new Report.BaselineEntry(
                              "abc", "duplicate-type", List.of("x.Y"), "was a duplicate")),
                      strict));
      Document document = parse(render(report));
      assertWellFormedJunit(document);
      Element stale = children(document.getDocumentElement(), "testsuite").get(1);
      assertEquals("ssot.stale-baseline-entry", stale.getAttribute("name"));
      Element test = children(stale, "testcase").get(0);
      assertEquals(strict ? "failure" : "skipped", children(test, null).get(0).getTagName());
    }
  }

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JunitReportWriter().write(report, null, out);
    return out.toString();
  }

  private static Report report(List<Finding> findings, List<String> rules) {
    Report golden = CiReportFormatsGoldenTest.goldenReport();
    return new Report(
        golden.schemaVersion(),
        golden.tool(),
        rules.stream()
            .map(id -> new Report.RuleInfo(id, "summary of " + id, Severity.ERROR, "architecture"))
            .toList(),
        findings,
        List.of(),
        List.of(),
        golden.summary(),
        Map.of());
  }

  private static Finding finding(
      RuleId rule, Severity severity, String path, int line, String message) {
    return new Finding(
        rule,
        severity,
        message,
        new Location(path, line, 0),
        List.of(path),
        List.of(),
        Fingerprint.of(rule, List.of(path + line), null));
  }
}
