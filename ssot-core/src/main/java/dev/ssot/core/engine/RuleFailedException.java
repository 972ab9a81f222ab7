package dev.ssot.core.engine;

/** A rule threw: a bug in ssot or in a third-party rule, reported as an internal error. */
public final class RuleFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;

  public RuleFailedException(String ruleId, Throwable cause) {
    super("rule '" + ruleId + "' failed: " + cause, cause);
    this.ruleId = ruleId;
  }

  public String ruleId() {
    return ruleId;
  }
}
