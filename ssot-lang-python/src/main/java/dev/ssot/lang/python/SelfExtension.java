package dev.ssot.lang.python;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a module replaces or extends its own namespace through {@code sys.modules[__name__]} or
 * {@code globals()}, so that names may exist in it that no reader can list. Only writes count:
 *
 * <ul>
 *   <li>{@code sys.modules[__name__] = X} (the module replaces itself), {@code
 *       sys.modules[__name__].x = v}, {@code setattr(sys.modules[__name__], …)}, and {@code this =
 *       sys.modules[__name__]} when {@code this} is then written ({@code setattr(this, …)}, {@code
 *       this.x = v});
 *   <li>{@code globals()[k] = v}, {@code globals().update(…)}, {@code .setdefault(…)}, {@code
 *       .__setitem__(…)}, {@code globals()} handed to a call ({@code exec(src, globals())}, a
 *       helper that fills it) or bound to a name.
 * </ul>
 *
 * <p>Reads do not: {@code getattr(sys.modules[__name__], name)}, {@code
 * inspect.getmembers(sys.modules[__name__])}, {@code globals().get(name)}, {@code name in
 * globals()}, {@code globals()[name]}.
 */
final class SelfExtension {

  private static final byte[] SETATTR = "setattr(".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SYS_MODULES =
      "sys.modules[__name__]".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GLOBALS = "globals()".getBytes(StandardCharsets.US_ASCII);
  private static final List<String> GLOBALS_READS =
      List.of(".get(", ".items(", ".keys(", ".values(", ".copy(", "[");

  private final byte[] b;

  private SelfExtension(byte[] bytes) {
    this.b = bytes;
  }

  /**
   * Whether any of the occurrences writes the module's own namespace.
   *
   * @param bytes the module's text
   * @param sysModules offsets of {@code sys.modules[__name__]}
   * @param globals offsets of {@code globals()}
   */
  static boolean writesItself(byte[] bytes, int[] sysModules, int[] globals) {
    SelfExtension scan = new SelfExtension(bytes);
    List<String> aliases = new ArrayList<>();
    for (int at : sysModules) {
      if (scan.writes(at, SYS_MODULES.length, aliases)) {
        return true;
      }
    }
    for (String alias : aliases) {
      if (scan.aliasWritten(alias)) {
        return true;
      }
    }
    for (int at : globals) {
      if ((at == 0 || !PythonSource.identifierByte(bytes[at - 1])) && scan.globalsWritten(at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the expression at {@code at} is written; a name it is bound to goes to aliases. */
  private boolean writes(int at, int length, List<String> aliases) {
    if (precededBy(at, SETATTR)) {
      return true;
    }
    int after = skipBlanks(at + length);
    if (assignmentAt(after)) {
      return true; // sys.modules[__name__] = replacement
    }
    if (after < b.length && b[after] == '.') {
      int end = identifierEnd(after + 1);
      if (assignmentAt(skipBlanks(end))) {
        return true; // sys.modules[__name__].x = v
      }
    }
    String bound = boundName(at);
    if (bound != null) {
      aliases.add(bound);
    }
    return false;
  }

  private boolean globalsWritten(int at) {
    int after = skipBlanks(at + GLOBALS.length);
    for (String read : GLOBALS_READS) {
      if (startsWith(after, read)) {
        if (!read.equals("[")) {
          return false;
        }
        int close = matchingBracket(after);
        return close > 0 && assignmentAt(skipBlanks(close + 1)); // globals()[k] = v
      }
    }
    if (after < b.length && b[after] == '.') {
      return true; // update(, setdefault(, __setitem__(, pop( …
    }
    int before = skipBlanksBack(at - 1);
    if (before >= 0 && (b[before] == '(' || b[before] == ',')) {
      return !precededByWord(before, "in"); // handed to a call: exec(code, globals())
    }
    return boundName(at) != null;
  }

  /** Whether {@code alias} is written: {@code setattr(alias, …)} or {@code alias.x = v}. */
  private boolean aliasWritten(String alias) {
    byte[] word = alias.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + word.length <= b.length; i++) {
      if (b[i] != word[0] || !wordAt(i, word)) {
        continue;
      }
      if (precededBy(i, SETATTR)) {
        return true;
      }
      int after = i + word.length;
      if (after < b.length && b[after] == '.' && (i == 0 || b[i - 1] != '.')) {
        if (assignmentAt(skipBlanks(identifierEnd(after + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name in {@code name = <expression at at>}, or null. */
  private String boundName(int at) {
    int i = skipBlanksBack(at - 1);
    if (i < 0 || b[i] != '=' || (i > 0 && "=!<>+-*/%&|^:".indexOf(b[i - 1]) >= 0)) {
      return null;
    }
    int end = skipBlanksBack(i - 1) + 1;
    int start = end;
    while (start > 0 && PythonSource.identifierByte(b[start - 1])) {
      start--;
    }
    if (start == end || (start > 0 && b[start - 1] == '.')) {
      return null;
    }
    return new String(b, start, end - start, StandardCharsets.US_ASCII);
  }

  /** An assignment operator at {@code i}: {@code =} (not {@code ==}) or an augmented one. */
  private boolean assignmentAt(int i) {
    if (i >= b.length) {
      return false;
    }
    if (b[i] == '=') {
      return i + 1 >= b.length || b[i + 1] != '=';
    }
    return i + 1 < b.length && "+-*/|&".indexOf(b[i]) >= 0 && b[i + 1] == '=';
  }

  private boolean precededBy(int at, byte[] call) {
    int i = skipBlanksBack(at - 1);
    int start = i - call.length + 1;
    if (start < 0) {
      return false;
    }
    for (int j = 0; j < call.length; j++) {
      if (b[start + j] != call[j]) {
        return false;
      }
    }
    return start == 0 || !PythonSource.identifierByte(b[start - 1]) && b[start - 1] != '.';
  }

  private boolean precededByWord(int at, String word) {
    int end = skipBlanksBack(at - 1) + 1;
    int start = end - word.length();
    return start >= 0
        && new String(b, start, word.length(), StandardCharsets.US_ASCII).equals(word);
  }

  private boolean wordAt(int at, byte[] word) {
    for (int j = 0; j < word.length; j++) {
      if (b[at + j] != word[j]) {
        return false;
      }
    }
    return (at == 0 || !PythonSource.identifierByte(b[at - 1]))
        && (at + word.length == b.length || !PythonSource.identifierByte(b[at + word.length]));
  }

  private boolean startsWith(int at, String text) {
    if (at + text.length() > b.length) {
      return false;
    }
    for (int j = 0; j < text.length(); j++) {
      if (b[at + j] != text.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int matchingBracket(int open) {
    int depth = 0;
    for (int i = open; i < b.length; i++) {
      if (b[i] == '[') {
        depth++;
      } else if (b[i] == ']' && --depth == 0) {
        return i;
      } else if (b[i] == '\n' && depth == 1) {
        return -1;
      }
    }
    return -1;
  }

  private int identifierEnd(int i) {
    while (i < b.length && PythonSource.identifierByte(b[i])) {
      i++;
    }
    return i;
  }

  private int skipBlanks(int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private int skipBlanksBack(int i) {
    while (i >= 0 && (b[i] == ' ' || b[i] == '\t')) {
      i--;
    }
    return i;
  }
}
