package dev.ssot.junit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.Priority;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.ssot.core.engine.AnalysisRequest;
import dev.ssot.core.engine.AnalysisResult;
import dev.ssot.core.finding.Finding;
import dev.ssot.core.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One or more ssot rules as an ArchUnit rule; made by {@link SsotArchRules}. */
public final class SsotArchRule implements ArchRule {

  /** {@code Foo.java:12} or {@code foo.py:12:3}: a line reference inside a message. */
  private static final Pattern LINE_REFERENCE =
      Pattern.compile("(\\.(?:java|py|pyi)):\\d+(?::\\d+)?");

  private final String description;
  private final List<String> ruleIds;
  private final Path root;
  private final String reason;

  SsotArchRule(String description, List<String> ruleIds, Path root, String reason) {
    this.description = description;
    this.ruleIds = List.copyOf(ruleIds);
    this.root = root;
    this.reason = reason;
  }

  /** The same rule over the project at {@code projectRoot}. */
  public SsotArchRule in(Path projectRoot) {
    return new SsotArchRule(description, ruleIds, projectRoot, reason);
  }

  @Override
  public void check(JavaClasses classes) {
    Assertions.assertNoViolation(evaluate(classes));
  }

  @Override
  public SsotArchRule because(String why) {
    return new SsotArchRule(description, ruleIds, root, why);
  }

  /** Returns this rule: it reads the project's sources, not the classes, so nothing is "empty". */
  @Override
  public SsotArchRule allowEmptyShould(boolean allowEmptyShould) {
    return this;
  }

  @Override
  public SsotArchRule as(String newDescription) {
    return new SsotArchRule(newDescription, ruleIds, root, reason);
  }

  @Override
  public String getDescription() {
    return reason == null ? description : description + ", because " + reason;
  }

  /** Runs the analysis; each finding of this rule's ssot rules is one violation. */
  @Override
  public EvaluationResult evaluate(JavaClasses classes) {
    Path projectRoot = root != null ? root : Path.of("");
    AnalysisResult result =
        Ssot.analyse(AnalysisRequest.builder(projectRoot).select(ruleIds).build());
    Set<String> ran =
        result.report().rules().stream()
            .map(Report.RuleInfo::id)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!ran.containsAll(ruleIds)) {
      throw new IllegalStateException(
          "ssot rules " + ruleIds + " did not all run in " + projectRoot + "; ran: " + ran);
    }
    ConditionEvents events = ConditionEvents.Factory.create();
    for (Finding finding : result.report().newFindings()) {
      if (ruleIds.contains(finding.rule().value())) {
        events.add(SimpleConditionEvent.violated(finding, violation(finding)));
      }
    }
    return new EvaluationResult(this, events, Priority.MEDIUM);
  }

  /** {@code path: message [rule-id]}, line references in the message removed. */
  static String violation(Finding finding) {
    String message = LINE_REFERENCE.matcher(finding.message()).replaceAll("$1");
    return finding.location().path() + ": " + message + " [" + finding.rule().value() + "]";
  }

  @Override
  public String toString() {
    return getDescription();
  }
}
