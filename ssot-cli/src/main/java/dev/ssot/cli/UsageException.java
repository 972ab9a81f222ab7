package dev.ssot.cli;

/** A command line that parses but cannot be carried out as given (exit code 2). */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
