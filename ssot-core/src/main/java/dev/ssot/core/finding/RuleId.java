package dev.ssot.core.finding;

import java.util.regex.Pattern;

/** A rule's one stable key: kebab-case, naming the problem ({@code import-cycle}). */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleId {
    if (value == null || !KEBAB.matcher(value).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: '" + value + "'");
    }
  }

  public static boolean isValid(String value) {
    return value != null && KEBAB.matcher(value).matches();
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
