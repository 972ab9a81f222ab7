package dev.ssot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ssot.core.engine.Analysis;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.finding.Fingerprint;
import dev.ssot.core.finding.RuleId;
import dev.ssot.core.finding.Severity;
import dev.ssot.core.model.Location;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.report.Report;
import dev.ssot.core.report.ReportWriters;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report in a real browser: the system's headless Chromium, driven through its
 * chromedriver, loads the report of {@code examples/websocket-fragmented} and a report full of
 * script-injection payloads. No console message may be an error (a blocked inline handler or script
 * would be one, through the page's Content-Security-Policy), no payload may run, and the filters
 * must change which rows show. A screenshot is saved to {@code target/html-report-screenshot.png}.
 *
 * <p>The browser is Chromium or Chrome with its chromedriver, found on the PATH ({@code chromium},
 * {@code chromium-browser}, {@code google-chrome}, {@code google-chrome-stable} or {@code chrome};
 * {@code chromedriver}) or, for the browser, where macOS installs it under {@code /Applications}.
 * Without them the test is skipped, so {@code mvn verify} passes with only a JDK and Maven; with
 * {@code -Dssot.requireBrowser=true}, or the environment variable {@code SSOT_REQUIRE_BROWSER=true}
 * (which {@code .ci/run} exports after installing the Debian packages {@code chromium} and {@code
 * chromium-driver}, so that it runs the README's plain {@code mvn -B verify}), it fails instead.
 */
class HtmlReportBrowserTest {

  /** The system property that turns a missing browser from a skip into a failure. */
  private static final String REQUIRE_BROWSER = "ssot.requireBrowser";

  /** Browser executables looked for on the PATH, in this order. */
  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");

  /** Where macOS installs the browsers, outside the PATH. */
  private static final List<Path> APPLICATIONS =
      List.of(
          Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
          Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));

  private static final String DRIVER = "chromedriver";
  private static final Path FRAGMENTED = Path.of("../examples/websocket-fragmented");
  private static final Path PAGES = Path.of("target/html-report");
  private static final Path SCREENSHOT = Path.of("target/html-report-screenshot.png");

  /**
   * Script-injection payloads: a class name, a message, and a name that runs code without alert.
   */
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static final String SCRIPT = "</script><script>alert(1)</script>";
  private static final String MARKER = "<img src=y onerror=window.__pwned=1>";

  /**
   * Held so the setting sticks: Selenium's warning that it has no DevTools module for this Chromium
   * is noise here.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  /** Why the tests are skipped: no browser was found; null when one was. */
  private static String skipped;

  private static ChromeDriverService service;
  private static ChromeDriver browser;
  private static Path profile;

  /** The first executable named {@code name} in a directory of the PATH. */
  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(Pattern.quote(File.pathSeparator)))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Chromium or Chrome: on the PATH, else where macOS installs it. */
  private static Optional<Path> findBrowser() {
    return Stream.concat(
            BROWSERS.stream().map(HtmlReportBrowserTest::onPath).flatMap(Optional::stream),
            APPLICATIONS.stream().filter(Files::isExecutable))
        .findFirst();
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    Optional<Path> chromium = findBrowser();
    Optional<Path> chromedriver = onPath(DRIVER);
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String missing =
          "no Chromium/Chrome with chromedriver found on PATH or in /Applications; install one to"
              + " run the HTML report browser test (browser: "
              + chromium.map(Path::toString).orElse("none")
              + ", chromedriver: "
              + chromedriver.map(Path::toString).orElse("none")
              + ")";
      if (Boolean.getBoolean(REQUIRE_BROWSER)
          || "true".equalsIgnoreCase(System.getenv("SSOT_REQUIRE_BROWSER"))) {
        fail(missing + "; -D" + REQUIRE_BROWSER + "=true requires them");
      }
      skipped = missing;
      // Surefire counts skipped tests but does not print why; this line does.
      System.out.println(
          "HtmlReportBrowserTest skipped: "
              + missing
              + " (-D"
              + REQUIRE_BROWSER
              + "=true makes this a failure)");
      return;
    }
    Path browserBinary = chromium.get();
    Path driverBinary = chromedriver.get();
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    // Name both binaries, so Selenium never looks for (or downloads) a driver or browser of its
    // own.
    System.setProperty("webdriver.chrome.driver", driverBinary.toString());
    profile = Files.createTempDirectory("ssot-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browserBinary.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverBinary.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @BeforeEach
  void skipWithoutBrowser() {
    // Per test, not in startBrowser, so the build lists each test as skipped, with the reason.
    Assumptions.assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static Path page(String name, Report report) throws IOException {
    Files.createDirectories(PAGES);
    Path file = PAGES.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ReportWriters.forFormat("html").orElseThrow().write(report, null, out);
    }
    return file;
  }

  private static void open(Path page) {
    browser.get(page.toAbsolutePath().toUri().toString());
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#findings-table tbody tr"));
  }

  private static long visibleRows() {
    return rows().stream().filter(WebElement::isDisplayed).count();
  }

  /** Fails on any console warning or error since the last call (the log is read and emptied). */
  private static void assertNoConsoleErrors(String page) {
    List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
    List<String> errors =
        entries.stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::toString)
            .toList();
    assertEquals(List.of(), errors, page + ": console warnings or errors");
  }

  private static void search(String text) {
    WebElement box = browser.findElement(By.id("filter-text"));
    // Typed as a person would, so each key fires an input event (clear() alone fires none).
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    box.sendKeys(text);
  }

  @Test
  void theExampleReportLoadsWithoutErrorsAndItsFiltersWork() throws IOException {
    Report report = Analysis.run(AnalysisRequest.builder(FRAGMENTED).build()).report();
    int total = report.findings().size();
    open(page("websocket-fragmented.html", report));
    assertTrue(
        browser.getTitle().startsWith("ssot report: " + total + " findings"), browser.getTitle());
    assertEquals(total, visibleRows());
    assertEquals(
        total + " of " + total + " shown", browser.findElement(By.id("findings-shown")).getText());

    Select rule = new Select(browser.findElement(By.id("filter-rule")));
    rule.selectByValue("non-canonical-import");
    long nonCanonical =
        report.findings().stream()
            .filter(f -> f.rule().value().equals("non-canonical-import"))
            .count();
    assertTrue(
        nonCanonical > 1 && nonCanonical < total,
        "the example has some, not only, non-canonical imports");
    assertEquals(nonCanonical, visibleRows());
    assertEquals(
        nonCanonical + " of " + total + " shown",
        browser.findElement(By.id("findings-shown")).getText());
    new Select(browser.findElement(By.id("filter-severity"))).selectByValue("error");
    assertEquals(0, visibleRows(), "non-canonical imports are warnings");
    assertTrue(browser.findElement(By.id("findings-none")).isDisplayed());
    rule.selectByValue("");
    assertEquals(report.summary().findingsBySeverity().get("error"), (int) visibleRows());
    new Select(browser.findElement(By.id("filter-severity"))).selectByValue("");

    search("ToolCompletion");
    long matching = visibleRows();
    assertTrue(matching > 0 && matching < total, "the search narrows the table: " + matching);
    for (WebElement row : rows()) {
      boolean matches = row.getAttribute("textContent").toLowerCase().contains("toolcompletion");
      assertEquals(matches, row.isDisplayed(), row.getAttribute("textContent"));
    }
    search("");
    assertEquals(total, visibleRows());

    WebElement graph = browser.findElement(By.cssSelector("#cycles svg"));
    assertTrue(
        graph.getSize().getWidth() > 100 && graph.getSize().getHeight() > 100,
        "the cycle is drawn: " + graph.getSize());
    assertEquals(
        report.concepts().size(),
        browser.findElements(By.cssSelector("#concepts .concept")).size());
    assertNoConsoleErrors("websocket-fragmented");

    long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 8000)));
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1280, 900));
    System.out.println("HTML report screenshot: " + SCREENSHOT.toAbsolutePath().normalize());
    assertTrue(Files.size(SCREENSHOT) > 10_000, "a real screenshot");
  }

  @Test
  void payloadsInNamesAndMessagesShowAsTextAndNeverRun() throws IOException {
    open(page("payload.html", payloadReport()));
    assertThrows(
        NoAlertPresentException.class,
        () -> browser.switchTo().alert(),
        "a payload opened an alert");
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;"),
        "a payload ran");
    assertEquals(
        0, browser.findElements(By.cssSelector("body img")).size(), "a payload became an element");
    assertEquals(
        1, browser.findElements(By.tagName("script")).size(), "only the page's own script");
    String text = browser.findElement(By.tagName("body")).getText();
    assertTrue(text.contains(IMG), "the class name shows as text");
    assertTrue(text.contains(SCRIPT), "the message shows as text");
    assertEquals(2, visibleRows());
    search("duplicates");
    assertEquals(1, visibleRows(), "the filters still work");
    assertNoConsoleErrors("payload");
  }

  /** A report whose names, paths and messages carry payloads, in every section of the page. */
  private static Report payloadReport() {
    RuleId duplicate = new RuleId("duplicate-type");
    RuleId cycle = new RuleId("import-cycle");
    Location at = new Location("src/" + IMG + ".java", 3, 14);
    Finding finding =
        new Finding(
            duplicate,
            Severity.ERROR,
            "'" + IMG + "' duplicates " + SCRIPT,
            at,
            List.of(IMG),
            List.of(
                new Evidence.Definition(IMG, at),
                new Evidence.ImportOf(IMG, at),
                new Evidence.ReExport(IMG, MARKER, at, SCRIPT)),
            Fingerprint.of(duplicate, List.of(IMG), null));
    Finding tangle =
        new Finding(
            cycle,
            Severity.WARNING,
            MARKER + " -> " + IMG,
            at,
            List.of(IMG, MARKER),
            List.of(
                new Evidence.CycleEdge(IMG, MARKER, at, List.of(at), 0),
                new Evidence.CycleEdge(MARKER, IMG, at, List.of(at), 3),
                new Evidence.SuggestedCut(MARKER, IMG, at, 1)),
            Fingerprint.of(cycle, List.of(IMG, MARKER), null));
    Report report =
        new Report(
            Report.SCHEMA_VERSION,
            new Report.Tool("ssot", "test"),
            List.of(
                new Report.RuleInfo("duplicate-type", SCRIPT, Severity.ERROR, "duplication"),
                new Report.RuleInfo("import-cycle", MARKER, Severity.WARNING, "architecture")),
            List.of(finding, tangle),
            List.of(new ParseProblem("src/" + MARKER + ".java", 1, SCRIPT)),
            List.of(
                new Report.ConceptSummary(
                    IMG,
                    true,
                    IMG,
                    MARKER,
                    List.of(new Report.Member(IMG, "definition", null, at)),
                    List.of(new Report.Member(MARKER, "alias", IMG, at)),
                    List.of(),
                    List.of(new Report.PathCount(MARKER, 2)),
                    1,
                    2)),
            new Report.Summary(
                2,
                3,
                1,
                1,
                2,
                Map.of("error", 1, "warning", 1, "info", 0),
                Map.of("duplicate-type", 1, "import-cycle", 1)),
            Map.of());
    return report.withBaseline(
        new Report.BaselineResult(
            IMG + ".json",
            Set.of(),
            List.of(
                new Report.BaselineEntry(
                    "0123456789abcdef0123456789abcdef", "duplicate-type", List.of(MARKER), SCRIPT)),
            false));
  }
}
