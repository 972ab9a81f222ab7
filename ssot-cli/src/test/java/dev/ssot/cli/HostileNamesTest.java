package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.ssot.core.report.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names chosen to attack the reader of a report (a terminal, a CI log, a browser, a SARIF
 * viewer) go through every format unharmed: kept exactly where the format is data (JSON, SARIF,
 * GitHub properties), shown visibly and escaped elsewhere (explain, graph and error messages too),
 * and no line of any report is a GitHub workflow command that ssot did not write as one.
 */
class HostileNamesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Directory names, each holding a copy of one class: one duplicate-type finding names all. */
  static final List<String> NAMES =
      List.of(
          "sp ace",
          "nl\n::error file=evil.java::injected",
          "back\\slash",
          "uni-\u00fc-\u65e5\u672c-\uD83D\uDE00",
          "<script>alert(1)",
          "%0A::error::pct",
          "esc\u001B[31mred\u001B]0;title\u0007",
          "bidi\u202Eevil\u2066x\u2069",
          "cr\rx",
          "c1\u0085\u009Bx",
          "##[error]v1 ##[set-env name=X]y");

  @TempDir Path dir;

  Path root;

  @BeforeEach
  void tree() throws IOException {
    assumeTrue(
        FileSystems.getDefault().getSeparator().equals("/"),
        "these names need a POSIX file system");
    root = dir.resolve("tree");
    String money =
        "package com.acme.%s;\n\npublic class Money {\n"
            + "  public Money add(Money other) { return this; }\n"
            + "  public Money subtract(Money other) { return this; }\n"
            + "  public long cents() { return 0; }\n"
            + "  public String currency() { return \"EUR\"; }\n}\n";
    for (int i = 0; i < NAMES.size(); i++) {
      Path file = root.resolve("src").resolve(NAMES.get(i)).resolve("Money.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.format(money, "p" + i));
    }
    Path broken = root.resolve("src").resolve(NAMES.get(1)).resolve("Broken\n::error::b.java");
    Files.writeString(broken, "package com.acme.p1;\nclass Broken {\n  void f( {\n}\n");
    Files.createSymbolicLink(
        root.resolve("link\n::warning::" + "\u202E" + ".java"), root.resolve("nowhere.java"));
  }

  private Map<String, String> reports() {
    Map<String, String> reports = new LinkedHashMap<>();
    for (String format : List.of("text", "json", "sarif", "github", "markdown", "html")) {
      SsotCliTest.Run run =
          SsotCliTest.run("check", root.toString(), "-f", format, "--no-cache", "--fail-on=never");
      assertEquals(0, run.code(), format + ": " + run.err());
      reports.put(format, run.out());
    }
    // the other commands that print what the tree holds: explain, graph, and error messages
    SsotCliTest.Run explain =
        SsotCliTest.run("explain", "-p", root.toString(), "--no-cache", "Money");
    assertEquals(0, explain.code(), explain.err());
    reports.put("explain", explain.out());
    for (String format : List.of("dot", "mermaid", "json")) {
      SsotCliTest.Run graph =
          SsotCliTest.run("graph", root.toString(), "--level", "type", "-f", format, "--no-cache");
      assertEquals(0, graph.code(), graph.err());
      reports.put("graph " + format, graph.out());
    }
    SsotCliTest.Run missing =
        SsotCliTest.run("check", root.resolve(NAMES.get(1) + "-missing").toString());
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("missing"), missing.err());
    reports.put("error message", missing.err());
    return reports;
  }

  /** The paths of the files as ssot must report them: relative, exact. */
  private List<String> paths() {
    List<String> paths = new ArrayList<>();
    NAMES.forEach(name -> paths.add("src/" + name + "/Money.java"));
    return paths;
  }

  @Test
  void noReportLineIsAWorkflowCommandSsotDidNotWrite() {
    reports()
        .forEach(
            (format, report) -> {
              for (String line : report.split("\n", -1)) {
                String trimmed = line.stripLeading();
                if (line.contains("##[")) {
                  fail(format + ": a ##[ command: " + line);
                }
                boolean command = trimmed.startsWith("::") && trimmed.indexOf("::", 2) > 0;
                if (format.equals("github")) {
                  if (!line.isEmpty()
                      && !(line.startsWith("::error ")
                          || line.startsWith("::warning ")
                          || line.startsWith("::notice "))) {
                    fail("github: not one of ssot's commands: " + line);
                  }
                } else if (command) {
                  fail(format + ": a workflow command: " + line);
                }
              }
            });
  }

  @Test
  void nothingUnsafeReachesTheReaderInAnyFormat() {
    reports()
        .forEach(
            (format, report) -> {
              for (int i = 0; i < report.length(); i++) {
                char c = report.charAt(i);
                if (c != '\n' && c != '\t' && ReportText.unsafe(c)) {
                  fail(
                      format
                          + ": raw "
                          + ReportText.unicode(c)
                          + " near: "
                          + ReportText.visible(
                              report.substring(Math.max(0, i - 40), Math.min(report.length(), i))));
                }
                if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                        && i + 1 < report.length()
                        && Character.isLowSurrogate(report.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c)
                        && i > 0
                        && Character.isHighSurrogate(report.charAt(i - 1)))) {
                  fail(format + ": a lone surrogate");
                }
              }
            });
  }

  @Test
  void jsonKeepsEveryPathExactlyAndValidatesAgainstTheSchema() throws IOException {
    String json = reports().get("json");
    JsonNode report = MAPPER.readTree(json);
    assertEquals(
        Set.of(),
        schema("../docs/report.schema.json", SpecVersion.VersionFlag.V202012).validate(report));
    Set<String> reported = new TreeSet<>();
    report.findValues("path").forEach(node -> reported.add(node.asText()));
    for (String path : paths()) {
      assertTrue(reported.contains(path), "exact path " + ReportText.visible(path) + " in " + json);
    }
    assertEquals(NAMES.size(), report.at("/summary/files").asInt() - 1, "every copy, no collapse");
    assertEquals(
        "src/" + NAMES.get(1) + "/Broken\n::error::b.java",
        report.at("/parseProblems/0/path").asText());
    assertEquals(
        "link\n::warning::\u202E.java", report.at("/skipped/0/path").asText(), "skipped, exact");
    assertEquals("link-broken", report.at("/skipped/0/reason").asText());
  }

  @Test
  void sarifIsValidAndItsUrisDecodeToTheExactPaths() throws IOException {
    JsonNode sarif = MAPPER.readTree(reports().get("sarif"));
    assertEquals(
        Set.of(),
        schema(
                "../ssot-core/src/test/resources/sarif/sarif-schema-2.1.0.json",
                SpecVersion.VersionFlag.V7)
            .validate(sarif));
    Set<String> uris = new TreeSet<>();
    sarif
        .findValues("uri")
        .forEach(
            node ->
                uris.add(
                    URLDecoder.decode(node.asText().replace("+", "%2B"), StandardCharsets.UTF_8)));
    for (String path : paths()) {
      assertTrue(uris.contains(path), "uri of " + ReportText.visible(path) + ": " + uris);
    }
  }

  @Test
  void githubCommandsCarryTheExactPathInTheirEscapedFileProperty() {
    String github = reports().get("github");
    Set<String> files = new TreeSet<>();
    for (String line : github.split("\n")) {
      int end = line.indexOf("::", 2);
      String properties = line.substring(line.indexOf(' ') + 1, end);
      for (String property : properties.split(",")) {
        String[] pair = property.split("=", 2);
        assertFalse(pair[1].contains(":"), "a raw colon in a property: " + line);
        if (pair[0].equals("file")) {
          files.add(unescapeProperty(pair[1]));
        }
      }
      String data = line.substring(end + 2);
      assertFalse(data.contains("\r") || data.contains("\n"), line);
    }
    assertTrue(
        files.contains("src/" + NAMES.get(1) + "/Broken\n::error::b.java"), files.toString());
    assertTrue(github.contains("%250A::error::pct"), "a literal %0A stays literal");
  }

  /** What GitHub's runner does to a property value. */
  private static String unescapeProperty(String value) {
    return value
        .replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }

  @Test
  void textMarkdownAndHtmlShowTheNamesVisiblyAndEscaped() {
    Map<String, String> reports = reports();
    String text = reports.get("text");
    assertTrue(text.contains("src/nl\\n::error file=evil.java::injected/Money.java"), text);
    assertTrue(text.contains("src/back\\slash/Money.java"), "a backslash is kept: " + text);
    assertTrue(text.contains("src/esc\\u001B[31mred"), text);
    assertTrue(text.contains("src/bidi\\u202Eevil\\u2066x\\u2069/Money.java"), text);
    assertTrue(text.contains("src/uni-\u00fc-\u65e5\u672c-\uD83D\uDE00/Money.java"), text);
    assertTrue(text.contains("(skipped: 1 link-broken)"), text);

    String markdown = reports.get("markdown");
    assertTrue(markdown.contains("&lt;script&gt;alert(1)"), markdown);
    assertFalse(markdown.contains("<script>"), markdown);

    String html = reports.get("html");
    assertEquals(1, html.split("<script", -1).length - 1, "only the page's own script");
    assertTrue(html.contains("&lt;script&gt;alert(1)"), "shown as text");
    assertTrue(html.contains("nl&#10;::error file=evil.java::injected"), "a line break in place");
  }

  private static JsonSchema schema(String file, SpecVersion.VersionFlag version) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return JsonSchemaFactory.getInstance(version).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
