package dev.ssot.lang.python;

import java.nio.charset.StandardCharsets;

/**
 * Whether a module binds names no reader can list, from the {@link SourceMarks} found in its text:
 * enum {@code _convert_}, {@code __dict__.update(}, {@code sys.meta_path}, a package that extends
 * {@code __path__} (its submodules are found elsewhere), {@code setattr} on itself, and writes to
 * {@code globals()} or {@code sys.modules[__name__]} ({@link SelfExtension}). The statement walk
 * adds the cases it sees itself: {@code exec(...)} and a module-level {@code __getattr__}.
 */
final class DynamicModuleDetector {

  private DynamicModuleDetector() {}

  /** Whether the marks found in the module's text show it binds names no reader can list. */
  static boolean isDynamic(ExtractionContext context) {
    int[][] found = context.found;
    boolean marked = false;
    for (int n = SourceMarks.FIRST_DYNAMIC; n < SourceMarks.count(); n++) {
      marked |= found[n].length > 0;
    }
    return marked
        || (context.isPackage && found[SourceMarks.PATH].length > 0)
        || setsOwnAttributes(context)
        || SelfExtension.writesItself(
            context.src.bytes, found[SourceMarks.SYS_MODULES], found[SourceMarks.GLOBALS_USE]);
  }

  /**
   * Whether the module calls {@code setattr} on itself, by its own short name (numpy's {@code
   * dtypes} imports itself and adds its classes that way) or through {@code sys.modules}.
   */
  private static boolean setsOwnAttributes(ExtractionContext context) {
    int[] setattrs = context.found[SourceMarks.SETATTR];
    if (setattrs.length == 0) {
      return false;
    }
    String module = context.module;
    String own = module.substring(module.lastIndexOf('.') + 1);
    if (own.equals("__init__") || own.isEmpty()) {
      return false;
    }
    byte[] ownBytes = own.getBytes(StandardCharsets.US_ASCII);
    PythonSource src = context.src;
    byte[] b = src.bytes;
    for (int at : setattrs) {
      if (at > 0 && PythonSource.identifierByte(b[at - 1])) {
        continue; // _setattr(, obj.setattr(
      }
      int i = at + SourceMarks.SETATTR_CALL.length;
      while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      if (src.wordAt(i, ownBytes)
          && i + ownBytes.length < b.length
          && (b[i + ownBytes.length] == ',' || b[i + ownBytes.length] == ' ')) {
        return true;
      }
    }
    return false;
  }
}
