package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-ignore}, {@code --follow-links}, a linked root, and how skipped paths are shown. */
class DiscoveryCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /**
   * A Python project whose virtual environment and build output hold a second {@code Money}, and a
   * git-ignored copy: analysed as they are, they make a duplicate.
   */
  private Path project() throws IOException {
    Path root = dir.resolve("shop");
    write(root.resolve("pyproject.toml"), "[project]\nname = \"shop\"\n");
    String money =
        "class Money:\n"
            + "    def add(self, other):\n        return self\n"
            + "    def subtract(self, other):\n        return self\n"
            + "    def currency(self):\n        return 'EUR'\n";
    write(root.resolve("shop/money.py"), money);
    write(root.resolve("shop/__init__.py"), "");
    write(root.resolve(".venv/pyvenv.cfg"), "home = /usr/bin\n");
    write(root.resolve(".venv/lib/python3.11/site-packages/shop/money.py"), money);
    write(root.resolve("build/lib/shop/money.py"), money);
    write(root.resolve(".gitignore"), "scratch/\n");
    write(root.resolve("scratch/money_copy.py"), money.replace("Money", "MoneyCopy"));
    return root;
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-f", "json", "--no-cache"));
    SsotCliTest.Run run = SsotCliTest.run(all.toArray(String[]::new));
    assertTrue(run.code() == 0 || run.code() == 1, run.err());
    JsonNode report = MAPPER.readTree(run.out());
    assertEquals(Set.of(), schema().validate(report), "valid against docs/report.schema.json");
    return report;
  }

  private static JsonSchema schema() {
    try (InputStream in = Files.newInputStream(Path.of("../docs/report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> skipped(JsonNode report) {
    List<String> skipped = new ArrayList<>();
    report
        .get("skipped")
        .forEach(
            s ->
                skipped.add(
                    s.get("path").asText()
                        + " "
                        + s.get("kind").asText()
                        + " "
                        + s.get("reason").asText()));
    return skipped;
  }

  @Test
  void environmentsBuildOutputAndIgnoredFilesAreSkippedCountedAndListed() throws IOException {
    Path root = project();
    JsonNode report = json("check", root.toString());
    assertEquals(2, report.get("summary").get("files").asInt());
    assertEquals(0, report.get("findings").size(), report.get("findings").toString());
    // Builds and tools create these: counted in timing, not listed, so a built tree and a clean
    // checkout give the same report once timing is removed.
    assertEquals(List.of(), skipped(report));
    assertEquals(0, report.get("summary").get("skipped").get("total").asInt());
    JsonNode timing = report.get("timing");
    assertEquals(1, timing.get("skippedVirtualenv").asInt());
    assertEquals(1, timing.get("skippedBuildOutput").asInt());
    assertEquals(1, timing.get("skippedIgnored").asInt());
    assertEquals(0, timing.get("skippedSitePackages").asInt());

    SsotCliTest.Run text = SsotCliTest.run("check", root.toString(), "--no-cache");
    assertTrue(
        text.out()
            .contains(
                "ssot: 2 files (skipped: 1 build-output, 1 ignored, 1 virtualenv), 1 type, "
                    + "7 lines; no findings."),
        text.out());
  }

  @Test
  void noIgnoreAnalysesWhatTheRulesAndIgnoreFilesLeaveOut() throws IOException {
    Path root = project();
    JsonNode report = json("check", root.toString(), "--no-ignore");
    assertEquals(List.of(), skipped(report));
    assertEquals(0, report.get("timing").get("skippedIgnored").asInt());
    assertEquals(0, report.get("timing").get("skippedBuildOutput").asInt());
    // build/ and scratch/ are analysed; .venv stays out as a hidden directory
    assertEquals(4, report.get("summary").get("files").asInt());
  }

  @Test
  void linksAreListedUnlessFollowedAndALinkedRootIsAnalysed() throws IOException {
    Path real = dir.resolve("real");
    write(real.resolve("src/main/java/com/acme/a/A.java"), "package com.acme.a;\nclass A {}\n");
    write(real.resolve(".shared/com/acme/b/B.java"), "package com.acme.b;\nclass B {}\n");
    Files.createSymbolicLink(real.resolve("shared"), real.resolve(".shared"));
    Files.createSymbolicLink(real.resolve("outside"), dir);

    JsonNode plain = json("check", real.toString());
    assertEquals(1, plain.get("summary").get("files").asInt());
    assertEquals(
        List.of("outside link link-outside-root", "shared link link-not-followed"), skipped(plain));

    JsonNode followed = json("check", real.toString(), "--follow-links");
    assertEquals(2, followed.get("summary").get("files").asInt());
    assertEquals(List.of("outside link link-outside-root"), skipped(followed));

    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    SsotCliTest.Run run = SsotCliTest.run("check", link.toString(), "--no-cache");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "ssot: 1 file (skipped: 1 link-not-followed, 1 link-outside-root), 1 type, 2 lines;"
                    + " no findings."),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "Not analysed (2):\n"
                    + "  outside: symbolic link that leads out of the analysed root\n"
                    + "  shared: symbolic link, not followed without --follow-links\n"),
        "links are named in the text report: " + run.out());
    assertTrue(
        !SsotCliTest.run("check", project().toString(), "--no-cache")
            .out()
            .contains("Not analysed"),
        "what ignore files and the built-in rules leave out is only counted");
  }
}
