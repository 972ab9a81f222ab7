package dev.ssot.core.report.gitlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.CiReportFormatsGoldenTest;
import dev.ssot.core.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GitLab Code Quality output against the fields GitLab documents, and its edge cases. */
class GitlabReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in =
        GitlabReportWriterTest.class.getResourceAsStream("/gitlab/code-quality.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode golden() throws IOException {
    return MAPPER.readTree(
        Files.readString(Path.of("src/test/resources/golden/cycle/report.gitlab.json")));
  }

  @Test
  void theGoldenHasEveryDocumentedField() throws IOException {
    JsonNode issues = golden();
    assertEquals(Set.of(), SCHEMA.validate(issues));
    assertEquals(3, issues.size(), issues.toPrettyString());
    JsonNode cycle = issues.get(0);
    assertEquals("import-cycle", cycle.get("check_name").asText());
    assertEquals("major", cycle.get("severity").asText());
    assertEquals("src/main/java/com/acme/a/A.java", cycle.at("/location/path").asText());
    assertEquals(3, cycle.at("/location/lines/begin").asInt());
    assertEquals("minor", issues.get(1).get("severity").asText());
    assertEquals("parse-problem", issues.get(2).get("check_name").asText());
  }

  @Test
  void theSchemaNoticesWhatGitlabWouldReject() throws IOException {
    ObjectNode badSeverity = (ObjectNode) golden().get(0);
    badSeverity.put("severity", "error");
    assertFalse(SCHEMA.validate(MAPPER.createArrayNode().add(badSeverity)).isEmpty());
    ObjectNode noLine = (ObjectNode) golden().get(0);
    ((ObjectNode) noLine.at("/location/lines")).remove("begin");
    assertFalse(SCHEMA.validate(MAPPER.createArrayNode().add(noLine)).isEmpty());
    ObjectNode absolute = (ObjectNode) golden().get(0);
    ((ObjectNode) absolute.at("/location")).put("path", "/abs/A.java");
    assertFalse(SCHEMA.validate(MAPPER.createArrayNode().add(absolute)).isEmpty());
  }

  @Test
  void fingerprintsAreUniqueLineZeroBecomesOneAndBaselinedFindingsAreLeftOut() throws IOException {
    RuleId rule = new RuleId("non-canonical-import");
    Fingerprint shared = Fingerprint.of(rule, List.of("a.A"), null);
    Finding first = finding(rule, Severity.INFO, "a/B.java", 0, shared);
    Finding second = finding(rule, Severity.ERROR, "a/C.java", 7, shared);
    Finding baselined =
        finding(rule, Severity.ERROR, "a/D.java", 2, Fingerprint.of(rule, List.of("a.D"), null));
    Report report =
        new Report(
                Report.SCHEMA_VERSION,
                new Report.Tool("ssot", "test"),
                List.of(),
                List.of(first, second, baselined),
                List.of(),
                List.of(),
                new Report.Summary(3, 3, 3, 0, 3, Map.of(), Map.of()),
                Map.of())
            .withBaseline(
                new Report.BaselineResult(
                    "ssot-baseline.json",
                    Set.of(baselined.fingerprint().value()),
                    List.of(
                        new Report.BaselineEntry("0123", "duplicate-type", List.of("x.Y"), "gone")),
                    true));
    StringWriter out = new StringWriter();
    new GitlabReportWriter().write(report, null, out);
    JsonNode issues = MAPPER.readTree(out.toString());
    assertEquals(Set.of(), SCHEMA.validate(issues));
    assertEquals(3, issues.size(), out.toString());
    Set<String> fingerprints = new HashSet<>();
    issues.forEach(i -> fingerprints.add(i.get("fingerprint").asText()));
    assertEquals(3, fingerprints.size(), "GitLab shows only the first issue of a fingerprint");
    assertEquals(shared.value(), issues.get(0).get("fingerprint").asText());
    assertEquals("info", issues.get(0).get("severity").asText());
    assertEquals(1, issues.get(0).at("/location/lines/begin").asInt());
    assertEquals("stale-baseline-entry", issues.get(2).get("check_name").asText());
    assertEquals("major", issues.get(2).get("severity").asText());
    assertEquals("ssot-baseline.json", issues.get(2).at("/location/path").asText());
  }

  @Test
  void anEmptyReportIsAnEmptyArray() throws IOException {
    Report report = CiReportFormatsGoldenTest.goldenReport();
    Report empty =
        new Report(
            report.schemaVersion(),
            report.tool(),
            report.rules(),
            List.of(),
            List.of(),
            List.of(),
            report.summary(),
            Map.of());
    StringWriter out = new StringWriter();
    new GitlabReportWriter().write(empty, null, out);
    assertEquals("[ ]\n", out.toString());
  }

  private static Finding finding(
      RuleId rule, Severity severity, String path, int line, Fingerprint fingerprint) {
    return new Finding(
        rule,
        severity,
        "m " + path,
        new Location(path, line, 0),
        List.of("a.A"),
        List.of(),
        fingerprint);
  }
}
