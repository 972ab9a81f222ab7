package dev.ssot.lang.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Points the tree-sitter binding at the optimised native libraries that the build compiled, when
 * there are some for this platform; otherwise the binding loads the ones it bundles.
 *
 * <p>The libraries in the {@code io.github.bonede} jars are compiled without optimisation; the same
 * C sources at {@code -O2} parse Python about three times faster (bench/README.md). When a C
 * compiler is present, the build compiles the tree-sitter runtime with our own JNI functions for
 * the binding's native methods ({@code src/main/native}), and tree-sitter-python's grammar, into
 * resources under {@code dev/ssot/lang/python/native/<os>-<arch>/}. Both libraries compute the same
 * syntax trees from the same grammar, so the facts do not depend on which one runs.
 *
 * <p>The binding reads the {@code tree-sitter-lib} system property as a directory holding its
 * libraries under their usual names. This class copies the optimised libraries to a per-user cache
 * directory (named after their content hash, so runs share one copy), loads them to check that they
 * work here (another C library, another binding version: a library that fails to load is left
 * alone), and only then sets the property. It must run before the binding loads its own libraries:
 * once they are loaded, it changes nothing. {@code -Dssot.treesitter=bundled} keeps the bundled
 * libraries.
 */
final class TreeSitterLibraries {

  /** The system property that selects the libraries: {@code optimised} (default) or bundled. */
  static final String SWITCH = "ssot.treesitter";

  private static final String BINDING_PROPERTY = "tree-sitter-lib";

  /** Where this class pointed the binding, so that another class loader's copy can tell. */
  private static final String OURS = "ssot.treesitter.dir";

  private static final String RESOURCES = "/dev/ssot/lang/python/native/";

  private static volatile String outcome;

  private TreeSitterLibraries() {}

  /**
   * Sets up the optimised libraries once; returns what is in use ({@code "optimised"}, or {@code
   * "bundled"} with the reason).
   */
  static synchronized String install() {
    if (outcome == null) {
      // The binding's property is one per JVM, and so is a library file once loaded: another class
      // loader with ssot in it (Maven plugin realms, say) must not run this at the same time.
      synchronized (System.class) {
        outcome = choose();
      }
    }
    return outcome;
  }

  /** What {@link #install} chose, or null before it ran. */
  static String outcome() {
    return outcome;
  }

  private static String choose() {
    String wanted = System.getProperty(SWITCH, "optimised").trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("bundled")) {
      return "bundled (" + SWITCH + "=bundled)";
    }
    String set = System.getProperty(BINDING_PROPERTY);
    boolean ours = set != null && set.equals(System.getProperty(OURS));
    if (set != null && !ours) {
      return "bundled (" + BINDING_PROPERTY + " is set)";
    }
    if (bindingLoadedAlready()) {
      return "bundled (the binding had loaded its libraries already)";
    }
    String platform = platform();
    if (platform == null) {
      return "bundled (no optimised build for this platform)";
    }
    String arch = platform.substring(platform.indexOf('-') + 1);
    String runtime = arch + "-linux-gnu-tree-sitter.so";
    String grammar = arch + "-linux-gnu-tree-sitter-python.so";
    try {
      byte[] runtimeBytes = resource(platform + "/" + runtime);
      byte[] grammarBytes = resource(platform + "/" + grammar);
      if (runtimeBytes == null || grammarBytes == null) {
        return "bundled (this build has no optimised libraries)";
      }
      // A library file loads into one class loader only: where another one in this JVM has loaded
      // the cached copy, this one gets copies of its own, removed when the JVM exits.
      Path dir =
          ours
              ? Files.createTempDirectory("ssot-tree-sitter")
              : cacheDirectory().resolve(hash(runtimeBytes, grammarBytes));
      if (ours) {
        dir.toFile().deleteOnExit();
        dir.resolve("lib").toFile().deleteOnExit();
      }
      Path lib = dir.resolve("lib");
      Path grammarFile = place(lib, grammar, grammarBytes);
      Path runtimeFile = place(lib, runtime, runtimeBytes);
      if (ours) {
        grammarFile.toFile().deleteOnExit();
        runtimeFile.toFile().deleteOnExit();
      }
      // The grammar first: alone, it only hands out its tables, which either runtime can use.
      System.load(grammarFile.toAbsolutePath().toString());
      System.load(runtimeFile.toAbsolutePath().toString());
      String location = dir.toAbsolutePath().toString();
      System.setProperty(BINDING_PROPERTY, location);
      System.setProperty(OURS, location);
      // the binding loads its libraries now, from there, while no other class loader can move the
      // property elsewhere
      ClassLoader loader = TreeSitterLibraries.class.getClassLoader();
      Class.forName("org.treesitter.TreeSitterPython", true, loader);
      Class.forName("org.treesitter.TSParser", true, loader);
      return "optimised";
    } catch (IOException
        | UncheckedIOException
        | UnsatisfiedLinkError
        | SecurityException
        | ClassNotFoundException e) {
      if (ours) {
        System.clearProperty(
            BINDING_PROPERTY); // this loader's binding falls back to its own copies
      }
      return "bundled (" + e.getMessage() + ")";
    }
  }

  /** linux-x86_64 or linux-aarch64, the platforms the build compiles for; null elsewhere. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      return null;
    }
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      return "linux-x86_64";
    }
    if (arch.equals("aarch64") || arch.equals("arm64")) {
      return "linux-aarch64";
    }
    return null;
  }

  /** Whether the binding loaded its libraries (its own record of them), without loading them. */
  private static boolean bindingLoadedAlready() {
    try {
      Class<?> utils =
          Class.forName(
              "org.treesitter.utils.NativeUtils",
              false,
              TreeSitterLibraries.class.getClassLoader());
      Field loaded = utils.getDeclaredField("loadedLibs");
      loaded.setAccessible(true);
      Object libs = loaded.get(null);
      return libs instanceof Set<?> set && !set.isEmpty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // another binding version: leave its loading alone
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TreeSitterLibraries.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** $XDG_CACHE_HOME/ssot/tree-sitter, else ~/.cache/ssot/tree-sitter. */
  private static Path cacheDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("ssot").resolve("tree-sitter");
  }

  private static String hash(byte[] first, byte[] second) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(first);
      digest.update(second);
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The library as a file in DIR: an existing file with the same bytes is used as it is; otherwise
   * the bytes are written to a temporary file and moved into place, so concurrent runs never see a
   * half-written library.
   */
  private static Path place(Path dir, String name, byte[] bytes) throws IOException {
    Path target = dir.resolve(name);
    if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
      return target;
    }
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, name, ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return target;
  }
}
