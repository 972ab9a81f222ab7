package dev.ssot.core.parse.cache;

import dev.ssot.core.model.SourceFile;
import dev.ssot.core.parse.ParseOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.zip.CRC32C;

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
 * length and the entry (path, test flag, size, modification time, 32-byte hash, outcome), and a
 * CRC32C of everything before it. The file is read whole and checked before use; entries are
 * decoded lazily, in the parser threads. A cache that is missing, truncated, corrupt or from
 * another version counts as empty: the run parses and {@link #save} rewrites it. Writes go to a
 * temporary file in the same directory that is then renamed over the old one atomically, so
 * concurrent runs each see a complete cache (the last writer wins). Nothing here throws for a bad
 * cache or an unwritable directory: the cache only ever saves time.
 *
 * <p>Thread-safe for {@link #hash}, {@link #get} and {@link #put} from parser threads; {@link
 * #save} runs once, afterwards.
 */
public final class FactsCache {

  /** The cache file's name inside the cache directory. */
  public static final String FILE_NAME = "facts.bin";

  private static final byte[] MAGIC = "SSOTFACT".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH_BYTES = 32;

  /** Entry layout version, part of the header. */
  private static final int LAYOUT = 2;

  /** How long before the cache write a file must have last changed for its stamp to be trusted. */
  private static final long RACY_NANOS = 2_000_000_000L;

  private static final String TEMP_PREFIX = "facts-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final Duration STALE_TEMP = Duration.ofHours(1);
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(FactsCache::newDigest);

  private final Path directory;
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
      Path directory, String header, byte[] data, Map<String, int[]> index, boolean loadedIntact) {
    this.writtenAt = loadedIntact ? writtenAtOf(data, header) : 0;
    this.directory = directory;
    this.header = header;
    this.data = data;
    this.index = index;
    this.loadedIntact = loadedIntact;
  }

  /** A cache that stores nothing and finds nothing. */
  public static FactsCache disabled() {
    return new FactsCache(null, "", new byte[0], Map.of(), false);
  }

  /**
   * Opens the cache in {@code directory} (which need not exist). Never fails: an unreadable,
   * damaged or foreign cache opens empty.
   *
   * @param key what the facts depend on besides the files: the parsers and their versions, and the
   *     ssot version; a cache written under another key is ignored
   */
  public static FactsCache open(Path directory, String key) {
    String header = "ssot-facts;" + LAYOUT + ";" + FactsCodec.SHAPE + ";" + key;
    byte[] data;
    try {
      data = Files.readAllBytes(directory.resolve(FILE_NAME));
    } catch (NoSuchFileException e) {
      return new FactsCache(directory, header, new byte[0], Map.of(), false);
    } catch (IOException | RuntimeException e) {
      return new FactsCache(directory, header, new byte[0], Map.of(), false);
    }
    try {
      return new FactsCache(directory, header, data, indexOf(data, header), true);
    } catch (CorruptCacheException e) {
      return new FactsCache(directory, header, new byte[0], Map.of(), false);
    }
  }

  private static Map<String, int[]> indexOf(byte[] data, String header) {
    if (data.length < MAGIC.length + 4
        || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new CorruptCacheException("not an ssot cache");
    }
    int body = data.length - 4;
    CRC32C crc = new CRC32C();
    crc.update(data, 0, body);
    int stored =
        ((data[body] & 0xFF) << 24)
            | ((data[body + 1] & 0xFF) << 16)
            | ((data[body + 2] & 0xFF) << 8)
            | (data[body + 3] & 0xFF);
    if ((int) crc.getValue() != stored) {
      throw new CorruptCacheException("checksum mismatch");
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
    ByteSource in = new ByteSource(data, MAGIC.length, data.length - 4);
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
      Files.createDirectories(directory);
      removeStaleTemporaries();
      temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
      CRC32C crc = new CRC32C();
      try (OutputStream file = Files.newOutputStream(temp);
          OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
        ByteSink head = new ByteSink(256);
        head.writeBytes(MAGIC, 0, MAGIC.length);
        head.writePlainString(header);
        Instant now = Instant.now();
        head.writeLong(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        head.writeUnsigned(paths.size());
        write(head.toByteArray(), 0, head.size(), out, crc);
        for (String path : paths) {
          byte[] entry = fresh.get(path);
          int[] slice = entry == null ? kept.get(path) : new int[] {0, entry.length};
          byte[] source = entry == null ? data : entry;
          ByteSink length = new ByteSink(8);
          length.writeUnsigned(slice[1] - slice[0]);
          write(length.toByteArray(), 0, length.size(), out, crc);
          write(source, slice[0], slice[1] - slice[0], out, crc);
        }
        int value = (int) crc.getValue();
        out.write(
            new byte[] {
              (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
            });
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

  private static void write(byte[] bytes, int offset, int length, OutputStream out, CRC32C crc)
      throws IOException {
    crc.update(bytes, offset, length);
    out.write(bytes, offset, length);
  }

  /** Temporary files of runs that died before renaming theirs (an hour old: no live run's). */
  private void removeStaleTemporaries() {
    Instant cutoff = Instant.now().minus(STALE_TEMP);
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // best effort
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
