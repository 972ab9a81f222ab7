package dev.ssot.cli;

import java.lang.management.ManagementFactory;

/** Running out of memory is the heap's size, not a bug: say how to raise it. */
final class OutOfMemory {

  private OutOfMemory() {}

  /** Whether {@code thrown} is, or was caused by, an {@link OutOfMemoryError}. */
  static boolean causedBy(Throwable thrown) {
    Throwable at = thrown;
    for (int depth = 0; at != null && depth < 32; depth++, at = at.getCause()) {
      if (at instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The guidance for this JVM's heap. */
  static String message() {
    return message(heapBytes());
  }

  /** The guidance for a heap of this many bytes: twice the heap, in MB. */
  static String message(long heapBytes) {
    long mb = Math.max(1, (heapBytes + (1L << 20) - 1) >> 20);
    String option = "SSOT_JAVA_OPTS=-Xmx" + (2 * mb) + "m";
    return "ssot ran out of memory with a heap of "
        + mb
        + " MB; raise it with "
        + option
        + " (for example "
        + option
        + " ./ssot check)";
  }

  /** The maximum heap as configured (-Xmx), else as the JVM reports it. */
  static long heapBytes() {
    try {
      return Long.parseLong(
          ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
              .getVMOption("MaxHeapSize")
              .getValue());
    } catch (RuntimeException | LinkageError e) {
      return Runtime.getRuntime().maxMemory();
    }
  }
}
