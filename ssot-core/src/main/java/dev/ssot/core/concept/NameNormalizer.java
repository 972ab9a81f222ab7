package dev.ssot.core.concept;

import dev.ssot.core.config.SsotConfig;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a type name to the concept it names: strips a leading {@code _} and, repeatedly, the
 * configured affixes at CamelCase boundaries ({@code _UnifiedWebSocketManagerImplementation} →
 * {@code WebSocketManager}). Nested names are normalised per segment ({@code Cache.Entry} stays
 * distinct from {@code Map.Entry}).
 */
public final class NameNormalizer {

  /** The affixes stripped by default. */
  public static final List<String> DEFAULT_AFFIXES = SsotConfig.DEFAULT_AFFIXES;

  /** Name parts that mark a test double. */
  public static final List<String> TEST_DOUBLE_MARKERS =
      List.of("Mock", "Fake", "Stub", "Dummy", "Spy");

  private final List<String> affixes;

  public NameNormalizer(List<String> affixes) {
    // longest first, so "Implementation" is tried before "Impl"
    this.affixes =
        affixes.stream()
            .filter(affix -> !affix.isEmpty()) // an empty affix would be stripped forever
            .sorted(
                Comparator.comparingInt(String::length)
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
  }

  /** The normalised form of a possibly nested simple name. */
  public String normalize(String simpleName) {
    String[] segments = simpleName.split("\\.");
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(normalizeSegment(segment, affixes));
    }
    return out.toString();
  }

  /** The concept a test double's name points at: test-double markers stripped, then affixes. */
  public String normalizeTestDouble(String simpleName) {
    String last = simpleName.substring(simpleName.lastIndexOf('.') + 1);
    String stripped = normalizeSegment(last, TEST_DOUBLE_MARKERS);
    return normalizeSegment(stripped, affixes);
  }

  /** Whether the name has a test-double marker at a CamelCase boundary. */
  public static boolean looksLikeTestDouble(String simpleName) {
    String last = simpleName.substring(simpleName.lastIndexOf('.') + 1);
    for (String marker : TEST_DOUBLE_MARKERS) {
      int at = last.indexOf(marker);
      while (at >= 0) {
        int end = at + marker.length();
        boolean startOk =
            at == 0 || Character.isLowerCase(last.charAt(at - 1)) || last.charAt(at - 1) == '_';
        boolean endOk = end == last.length() || !Character.isLowerCase(last.charAt(end));
        if (startOk && endOk) {
          return true;
        }
        at = last.indexOf(marker, at + 1);
      }
    }
    return false;
  }

  private static String normalizeSegment(String segment, List<String> affixes) {
    String name = segment;
    while (name.startsWith("_")) {
      name = name.substring(1);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String affix : affixes) {
        if (name.length() > affix.length()
            && name.startsWith(affix)
            && Character.isUpperCase(name.charAt(affix.length()))) {
          name = name.substring(affix.length());
          changed = true;
        } else if (name.length() > affix.length() && name.endsWith(affix)) {
          name = name.substring(0, name.length() - affix.length());
          changed = true;
        }
      }
    }
    return name.isEmpty() ? segment : name;
  }
}
