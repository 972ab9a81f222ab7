package dev.ssot.core.engine;

/** A request that cannot be analysed as asked (missing path, unknown rule id, …): a usage error. */
public final class AnalysisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnalysisException(String message) {
    super(message);
  }
}
