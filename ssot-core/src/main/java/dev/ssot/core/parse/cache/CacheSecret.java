package dev.ssot.core.parse.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The per-user key that authenticates the facts cache: 32 random bytes in {@code
 * $XDG_CACHE_HOME/ssot/cache.key} (default {@code ~/.cache/ssot/cache.key}), created on first use
 * and readable by the user only. It never lives in an analysed tree, so a cache committed to a
 * repository cannot carry entries ssot accepts. A key that is missing and cannot be created, or
 * that is not a regular file of 32 bytes (a symlink, a FIFO), is no key: the cache is then not
 * used.
 */
public final class CacheSecret {

  /** The key file's name in the user's ssot cache directory. */
  public static final String FILE_NAME = "cache.key";

  static final int BYTES = 32;

  private CacheSecret() {}

  /** The user's ssot cache directory: {@code $XDG_CACHE_HOME/ssot}, else {@code ~/.cache/ssot}. */
  public static Path userDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "ssot");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "ssot");
  }

  /** The current user's key, created when missing; null when there is none to be had. */
  public static byte[] forUser() {
    return load(userDirectory().resolve(FILE_NAME));
  }

  /** The key in {@code file}, created (private to the user) when missing; null when unusable. */
  public static byte[] load(Path file) {
    byte[] key = read(file);
    if (key != null) {
      return key;
    }
    try {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return null; // there, but not a key: never overwrite what is not ours
      }
      create(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return read(file);
  }

  private static byte[] read(Path file) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() != BYTES) {
        return null;
      }
      ByteBuffer key = ByteBuffer.allocate(BYTES);
      try (SeekableByteChannel in =
          Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        while (key.hasRemaining() && in.read(key) >= 0) {
          // read on
        }
      }
      return key.hasRemaining() ? null : key.array();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes a fresh key beside the file and links it into place; a concurrent creator wins. */
  private static void create(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    Path temp = Files.createTempFile(directory, "cache-", ".key.tmp");
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
      if (view != null) {
        view.setPermissions(PosixFilePermissions.fromString("rw-------"));
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(key);
      }
      try {
        Files.createLink(file, temp); // fails when another run created it first: use theirs
      } catch (FileAlreadyExistsException e) {
        // keep theirs
      } catch (UnsupportedOperationException | IOException e) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
