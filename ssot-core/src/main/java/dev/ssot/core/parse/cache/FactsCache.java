package dev.ssot.core.parse.cache;

import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A cache of parse outcomes keyed by file content: one file, {@code facts.bin}, in the cache
 * directory. An entry holds a file's relative path, its test flag, its size and modification time
 * (the stamp), the SHA-256 of its bytes and the encoded {@link ParseOutcome}; it is used only when
 * path, test flag and hash match — or, without reading the file at all, when path, test flag and
 * stamp match and the file was last modified well before the cache was written (two seconds, so a
 * change in the same clock tick as the cache write can never hide behind an equal stamp, as git's
 * index does for "racily clean" files). The header names the cache format, the model shape, the
 * parsers with their versions and the ssot version; any difference discards the whole cache.
 *
 * <p>Layout: magic {@code SSOTFACT}, header string, write time, entry count, then per entry a
 * length and the entry (path, test flag, size, modification time, 32-byte hash, outcome), and an
 * HMAC-SHA256 of everything before it, keyed with the user's {@link CacheSecret}. The file is read
 * whole and its HMAC checked before use, so a cache written without the user's key (one committed
 * to a repository, crafted to hide a finding) is ignored like a damaged one; entries are decoded
 * lazily, in the parser threads. Without a key the cache is not used. A cache directory that is a
 * symlink or not a directory is not used at all (neither read nor written); a {@code facts.bin}
 * that is not a regular file (a symlink, a FIFO) is not read, and is replaced on save. Temporary
 * files of runs that died (their process is gone, or they are an hour old) are removed when a cache
 * is opened. A cache that is missing, truncated, corrupt or from another version counts as empty:
 * the run parses and {@link #save} rewrites it. Writes go to a temporary file in the same directory
 * that is then renamed over the old one atomically, so concurrent runs each see a complete cache
 * (the last writer wins). Nothing here throws for a bad cache or an unwritable directory: the cache
 * only ever saves time.
 *
 * <p>Thread-safe for {@link #hash}, {@link #get} and {@link #put} from parser threads; {@link
 * #save} runs once, afterwards.
 */
public final class FactsCache {

  /** The cache file's name inside the cache directory. */
  public static final String FILE_NAME = "facts.bin";

  private static final byte[] MAGIC = "SSOTFACT".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH_BYTES = 32;
  private static final int MAC_BYTES = 32;
  private static final String MAC = "HmacSHA256";

  /** The largest cache file read (larger ones are ignored and rewritten). */
  private static final long MAX_BYTES = 1L << 30;

  /** Entry layout version, part of the header. */
  private static final int LAYOUT = 3;

  /** How long before the cache write a file must have last changed for its stamp to be trusted. */
  private static final long RACY_NANOS = 2_000_000_000L;

  private static final String TEMP_PREFIX = "facts-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final Duration STALE_TEMP = Duration.ofHours(1);
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(FactsCache::newDigest);

  private final Path directory;
  private final byte[] secret;
  private final String header;
  private final byte[] data;

  /** Entries of the loaded cache by path: {start, end} of the entry in {@link #data}. */
  private final Map<String, int[]> index;

  private final boolean loadedIntact;

  /** When the loaded cache was written, in nanoseconds since the epoch (0 when none was loaded). */
  private final long writtenAt;

  /** Entries to write back: a slice of the old data for hits, fresh bytes for parsed files. */
  private final Map<String, byte[]> fresh = new ConcurrentHashMap<>();

  private final Map<String, int[]> kept = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger unreadHits = new AtomicInteger();

  private FactsCache(
      Path directory,
      byte[] secret,
      String header,
      byte[] data,
      Map<String, int[]> index,
      boolean loadedIntact) {
    this.writtenAt = loadedIntact ? writtenAtOf(data, header) : 0;
    this.directory = directory;
    this.secret = secret;
    this.header = header;
    this.data = data;
    this.index = index;
    this.loadedIntact = loadedIntact;
  }

  /** A cache that stores nothing and finds nothing. */
  public static FactsCache disabled() {
    return new FactsCache(null, null, "", new byte[0], Map.of(), false);
  }

  /**
   * Opens the cache in {@code directory} (which need not exist), authenticated with the user's
   * {@link CacheSecret}. Never fails: an unreadable, damaged, foreign or unauthenticated cache
   * opens empty; without a key, or when the directory is a symlink or not a directory, the cache is
   * disabled.
   *
   * @param key what the facts depend on besides the files: the parsers and their versions, and the
   *     ssot version; a cache written under another key is ignored
   */
  public static FactsCache open(Path directory, String key) {
    return open(directory, key, CacheSecret.forUser());
  }

  /**
   * Opens the cache in {@code directory} with this secret (null: disabled).
   *
   * @see #open(Path, String)
   */
  public static FactsCache open(Path directory, String key, byte[] secret) {
    if (secret == null || secret.length == 0 || !usableDirectory(directory)) {
      return disabled();
    }
    String header = "ssot-facts;" + LAYOUT + ";" + FactsCodec.SHAPE + ";" + key;
    removeStaleTemporaries(directory);
    byte[] data = readRegular(directory.resolve(FILE_NAME));
    if (data == null) {
      return new FactsCache(directory, secret, header, new byte[0], Map.of(), false);
    }
    try {
      return new FactsCache(directory, secret, header, data, indexOf(data, header, secret), true);
    } catch (CorruptCacheException e) {
      return new FactsCache(directory, secret, header, new byte[0], Map.of(), false);
    }
  }

  /** A directory that is missing (it is created on save) or a real directory, not a symlink. */
  private static boolean usableDirectory(Path directory) {
    try {
      return Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isDirectory();
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The bytes of a regular file (never a symlink, FIFO or device), or null. */
  private static byte[] readRegular(Path file) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
        return null;
      }
      try (SeekableByteChannel in =
          Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        long size = in.size();
        if (size > MAX_BYTES) {
          return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && in.read(buffer) >= 0) {
          // read on
        }
        return buffer.hasRemaining() ? null : buffer.array();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Mac mac(byte[] secret) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(new SecretKeySpec(secret, MAC));
      return mac;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }

  private static Map<String, int[]> indexOf(byte[] data, String header, byte[] secret) {
    if (data.length < MAGIC.length + MAC_BYTES
        || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new CorruptCacheException("not an ssot cache");
    }
    int body = data.length - MAC_BYTES;
    Mac mac = mac(secret);
    mac.update(data, 0, body);
    if (!MessageDigest.isEqual(mac.doFinal(), Arrays.copyOfRange(data, body, data.length))) {
      throw new CorruptCacheException("not written with this user's key, or damaged");
    }
    ByteSource in = new ByteSource(data, MAGIC.length, body);
    if (!header.equals(in.readPlainString())) {
      throw new CorruptCacheException("written by another version");
    }
    in.readLong();
    int count = in.readCount();
    Map<String, int[]> index = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      int length = in.readCount();
      int start = in.skip(length);
      String path = new ByteSource(data, start, start + length).readPlainString();
      index.put(path, new int[] {start, start + length});
    }
    if (!in.atEnd()) {
      throw new CorruptCacheException("trailing data");
    }
    return index;
  }

  private static long writtenAtOf(byte[] data, String header) {
    ByteSource in = new ByteSource(data, MAGIC.length, data.length - MAC_BYTES);
    in.readPlainString();
    return in.readLong();
  }

  /**
   * What a file's size and modification time say about its content.
   *
   * @param size bytes
   * @param modified last modification, nanoseconds since the epoch
   */
  public record Stamp(long size, long modified) {}

  /** Whether this cache reads and writes anything. */
  public boolean enabled() {
    return directory != null;
  }

  /** The SHA-256 of a file's content, the cache key with its path and test flag. */
  public byte[] hash(byte[] content) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return digest.digest(content);
  }

  /**
   * The cached outcome for a file whose stamp matches its entry and is old enough to be trusted,
   * without reading the file; or null (then read, hash and ask {@link #get}).
   */
  public ParseOutcome getUnchanged(SourceFile file, Stamp stamp) {
    int[] slice = index.get(file.path());
    if (slice == null || stamp == null || stamp.modified() > writtenAt - RACY_NANOS) {
      return null;
    }
    try {
      ByteSource in = new ByteSource(data, slice[0], slice[1]);
      in.readPlainString();
      if (in.readBoolean() != file.test()
          || in.readLong() != stamp.size()
          || in.readLong() != stamp.modified()) {
        return null;
      }
      in.skip(HASH_BYTES);
      ParseOutcome outcome = decodeHit(file, slice, in, null);
      if (outcome != null) {
        unreadHits.incrementAndGet();
      }
      return outcome;
    } catch (CorruptCacheException | IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  /**
   * The cached outcome for a file whose content has this hash, or null. A hit is kept for the next
   * {@link #save} (with the file's current stamp); a damaged entry is a miss.
   */
  public ParseOutcome get(SourceFile file, byte[] hash, Stamp stamp) {
    int[] slice = index.get(file.path());
    if (slice == null) {
      return null;
    }
    try {
      ByteSource in = new ByteSource(data, slice[0], slice[1]);
      in.readPlainString();
      if (in.readBoolean() != file.test()) {
        return null;
      }
      long size = in.readLong();
      long modified = in.readLong();
      int at = in.skip(HASH_BYTES);
      if (!Arrays.equals(data, at, at + HASH_BYTES, hash, 0, HASH_BYTES)) {
        return null;
      }
      boolean restamp = stamp != null && (stamp.size() != size || stamp.modified() != modified);
      return decodeHit(file, slice, in, restamp ? stamp : null);
    } catch (CorruptCacheException | IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  /** Decodes a hit's outcome and keeps the entry, re-stamped when the file's stamp changed. */
  private ParseOutcome decodeHit(SourceFile file, int[] slice, ByteSource in, Stamp restamp) {
    int outcomeStart = in.position();
    ParseOutcome outcome = FactsCodec.read(in);
    if (!in.atEnd() || !describes(outcome, file)) {
      return null;
    }
    if (restamp == null) {
      kept.put(file.path(), slice);
    } else {
      // same content, new stamp (a checkout, a touch): keep the encoded outcome, record the stamp
      ByteSink out =
          entryHead(
              file, restamp, Arrays.copyOfRange(data, outcomeStart - HASH_BYTES, outcomeStart));
      out.writeBytes(data, outcomeStart, slice[1] - outcomeStart);
      fresh.put(file.path(), out.toByteArray());
    }
    hits.incrementAndGet();
    return outcome;
  }

  private static ByteSink entryHead(SourceFile file, Stamp stamp, byte[] hash) {
    ByteSink out = new ByteSink(1024);
    out.writePlainString(file.path());
    out.writeBoolean(file.test());
    out.writeLong(stamp == null ? -1 : stamp.size());
    out.writeLong(stamp == null ? -1 : stamp.modified());
    out.writeBytes(hash, 0, HASH_BYTES);
    return out;
  }

  private static boolean describes(ParseOutcome outcome, SourceFile file) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      return parsed.facts().path().equals(file.path())
          && parsed.facts().test() == file.test()
          && (file.module() == null || file.module().equals(parsed.facts().packageName()));
    }
    return outcome instanceof ParseOutcome.Failed failed
        && failed.problem().path().equals(file.path());
  }

  /** Remembers a freshly parsed outcome for the next {@link #save}. */
  public void put(SourceFile file, byte[] hash, Stamp stamp, ParseOutcome outcome) {
    if (!enabled()) {
      return;
    }
    ByteSink out = entryHead(file, stamp, hash);
    FactsCodec.write(outcome, out);
    fresh.put(file.path(), out.toByteArray());
  }

  /** Files whose outcome came from the cache on their stamp alone, without reading them. */
  public int unreadHits() {
    return unreadHits.get();
  }

  /** Files whose outcome came from the cache so far. */
  public int hits() {
    return hits.get();
  }

  /**
   * A {@code .gitignore} holding {@code *} in a cache directory this run created, so git ignores
   * the cache wherever it is, as Ruff, pytest and mypy do. A directory that existed already is left
   * as it is: it may hold other things.
   */
  private static void ignoreEverything(Path directory) {
    try {
      Files.writeString(
          directory.resolve(".gitignore"),
          "# Created by ssot: its cache, never committed.\n*\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      // the cache works without it
    }
  }

  /**
   * Writes the cache for this run's files: the hits and the freshly parsed files, nothing else
   * (entries of files no longer analysed are dropped). Skipped when nothing changed. Never fails.
   *
   * @return whether the cache file was written
   */
  public boolean save() {
    if (!enabled() || (loadedIntact && fresh.isEmpty() && kept.size() == index.size())) {
      return false;
    }
    List<String> paths = new ArrayList<>(fresh.keySet());
    paths.addAll(kept.keySet());
    paths.sort(Comparator.naturalOrder());
    Path temp = null;
    try {
      boolean created = !Files.exists(directory, LinkOption.NOFOLLOW_LINKS);
      Files.createDirectories(directory);
      if (!usableDirectory(directory)) {
        return false;
      }
      if (created) {
        ignoreEverything(directory);
      }
      temp =
          Files.createTempFile(
              directory, TEMP_PREFIX + ProcessHandle.current().pid() + "-", TEMP_SUFFIX);
      Mac mac = mac(secret);
      try (OutputStream file = Files.newOutputStream(temp);
          OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
        ByteSink head = new ByteSink(256);
        head.writeBytes(MAGIC, 0, MAGIC.length);
        head.writePlainString(header);
        Instant now = Instant.now();
        head.writeLong(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        head.writeUnsigned(paths.size());
        write(head.toByteArray(), 0, head.size(), out, mac);
        for (String path : paths) {
          byte[] entry = fresh.get(path);
          int[] slice = entry == null ? kept.get(path) : new int[] {0, entry.length};
          byte[] source = entry == null ? data : entry;
          ByteSink length = new ByteSink(8);
          length.writeUnsigned(slice[1] - slice[0]);
          write(length.toByteArray(), 0, length.size(), out, mac);
          write(source, slice[0], slice[1] - slice[0], out, mac);
        }
        out.write(mac.doFinal());
      }
      Path target = directory.resolve(FILE_NAME);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a leftover temporary file is removed by a later save
        }
      }
    }
  }

  private static void write(byte[] bytes, int offset, int length, OutputStream out, Mac mac)
      throws IOException {
    mac.update(bytes, offset, length);
    out.write(bytes, offset, length);
  }

  /**
   * Temporary files of runs that died before renaming theirs: their process is gone, or they are an
   * hour old (no live run takes that long to write). Only the files themselves are removed, never
   * what a symlink points at.
   */
  private static void removeStaleTemporaries(Path directory) {
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Instant cutoff = Instant.now().minus(STALE_TEMP);
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        BasicFileAttributes attributes =
            Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!writerAlive(temp.getFileName().toString())
            || attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // best effort
    }
  }

  /** Whether the process named in a temporary file's name ({@code facts-PID-….tmp}) still runs. */
  private static boolean writerAlive(String name) {
    String rest = name.substring(TEMP_PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false; // not one of ours as written now: an hour's grace is not needed
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
