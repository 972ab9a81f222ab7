package dev.ssot.lang.python;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte strings one scan of a Python file finds before its tree is read: the {@code import} and
 * {@code global} keywords (statements inside functions, whose bodies are never walked), the {@code
 * ssot:} comment mark, and the marks of a module that binds names no reader can list. Each reader
 * looks up its offsets in {@link ExtractionContext#found} by the index constants here.
 */
final class SourceMarks {

  static final byte[] IMPORT_WORD = "import".getBytes(StandardCharsets.US_ASCII);
  static final byte[] GLOBAL_WORD = "global".getBytes(StandardCharsets.US_ASCII);
  static final byte[] SSOT_MARK = "ssot:".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PATH_MARK = "__path__".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code setattr(dtypes, name, value)} in module {@code numpy.dtypes}: the module fills its own
   * namespace.
   */
  static final byte[] SETATTR_CALL = "setattr(".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] GLOBALS_CALL = "globals()".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SYS_MODULES_MARK =
      "sys.modules[__name__]".getBytes(StandardCharsets.US_ASCII);

  /**
   * Other ways a module binds names no reader can list (enum `_convert_`); `globals()` and
   * `sys.modules[__name__]` count only when written ({@link SelfExtension}).
   */
  private static final List<byte[]> DYNAMIC_MARKS =
      List.of(
          "._convert_(".getBytes(StandardCharsets.US_ASCII),
          "__dict__.update(".getBytes(StandardCharsets.US_ASCII),
          "sys.meta_path".getBytes(StandardCharsets.US_ASCII),
          "global_enum".getBytes(StandardCharsets.US_ASCII));

  static final int IMPORTS = 0;
  static final int GLOBALS = 1;
  static final int SSOT = 2;
  static final int PATH = 3;
  static final int SETATTR = 4;
  static final int GLOBALS_USE = 5;
  static final int SYS_MODULES = 6;

  /** The first of the {@link #DYNAMIC_MARKS}; they run to the end of the table. */
  static final int FIRST_DYNAMIC = 7;

  /** The scan's needles, in the order of the index constants, then the dynamic marks. */
  private static final byte[][] NEEDLES;

  private static final boolean[] WHOLE_WORD;
  private static final boolean[] FIRST_ONLY;

  static {
    List<byte[]> needles =
        new ArrayList<>(
            List.of(
                IMPORT_WORD,
                GLOBAL_WORD,
                SSOT_MARK,
                PATH_MARK,
                SETATTR_CALL,
                GLOBALS_CALL,
                SYS_MODULES_MARK));
    needles.addAll(DYNAMIC_MARKS);
    NEEDLES = needles.toArray(new byte[0][]);
    WHOLE_WORD = new boolean[NEEDLES.length];
    WHOLE_WORD[IMPORTS] = true;
    WHOLE_WORD[GLOBALS] = true;
    FIRST_ONLY = new boolean[NEEDLES.length];
    FIRST_ONLY[PATH] = true;
    for (int n = FIRST_DYNAMIC; n < NEEDLES.length; n++) {
      FIRST_ONLY[n] = true;
    }
  }

  private SourceMarks() {}

  /** The offsets of each mark in the source, by index. */
  static int[][] scan(PythonSource src) {
    return src.scan(NEEDLES, WHOLE_WORD, FIRST_ONLY);
  }

  /** The number of marks, dynamic ones included. */
  static int count() {
    return NEEDLES.length;
  }
}
