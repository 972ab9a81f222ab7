package dev.ssot.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file whole or not at all: the content goes to a temporary file in the same
 * directory, which is flushed to disk and then renamed over the target. A failure (read-only file
 * system, full disk, a directory in the way) removes the temporary file, leaves any earlier file
 * untouched and is reported as an {@link OutputException} naming the file and the reason.
 */
public final class AtomicOutput {

  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicOutput() {}

  /**
   * Writes {@code file} (UTF-8), creating missing parent directories.
   *
   * @throws OutputException when the file cannot be written; nothing is left behind then
   */
  public static void write(Path file, Content content) {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new OutputException(file, "is a directory", null);
    }
    Path parent = target.getParent();
    try {
      if (parent != null) {
        createDirectories(file, parent);
      }
    } catch (IOException e) {
      throw new OutputException(file, reason(e), e);
    }
    Path temp = null;
    try {
      String name = target.getFileName().toString();
      temp =
          Files.createTempFile(parent, "." + (name.length() > 64 ? "report" : name) + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                  1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      permissions(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new OutputException(file, reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the target was never touched; a stray temporary file is all that is left
        }
      }
    }
  }

  /**
   * Replaces {@code file} with exactly these bytes, atomically: a source file rewritten in place
   * keeps its permissions and is never seen half written.
   *
   * @throws OutputException when the file cannot be written; nothing is left behind then
   */
  public static void writeBytes(Path file, byte[] content) {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Path temp = null;
    try {
      String name = target.getFileName().toString();
      temp =
          Files.createTempFile(parent, "." + (name.length() > 64 ? "source" : name) + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      permissions(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new OutputException(file, reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the target was never touched; a stray temporary file is all that is left
        }
      }
    }
  }

  private static void createDirectories(Path file, Path directory) throws IOException {
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      // a component of the path is a file
      Path blocking = directory;
      while (blocking != null && !Files.exists(blocking)) {
        blocking = blocking.getParent();
      }
      String shown = blocking == null ? String.valueOf(e.getFile()) : shown(file, blocking);
      throw new OutputException(file, shown + " is not a directory", e);
    }
  }

  /** A path as the user wrote it: relative when the file was given relative. */
  private static String shown(Path file, Path absolute) {
    if (file.isAbsolute()) {
      return absolute.toString();
    }
    Path base = Path.of("").toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /** The target's permissions when it exists, else rw-r--r-- (a temporary file starts private). */
  private static void permissions(Path temp, Path target) {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    try {
      Set<PosixFilePermission> wanted =
          Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
              ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
              : READABLE;
      view.setPermissions(wanted);
    } catch (IOException | UnsupportedOperationException e) {
      // keep the temporary file's own permissions
    }
  }

  /** Why an I/O operation failed, in the operating system's words where it gave any. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
