package dev.ssot.cli;

import dev.ssot.core.finding.FailLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --fail-on}. */
final class FailLevelConverter implements ITypeConverter<FailLevel> {
  @Override
  public FailLevel convert(String value) {
    try {
      return FailLevel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
