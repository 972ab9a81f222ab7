package dev.ssot.core.parse.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link ByteSink} wrote, from a slice of a byte array. Every read is bounds-checked:
 * damaged input ends in a {@link CorruptCacheException}, never in garbage beyond the slice.
 */
final class ByteSource {

  private final byte[] bytes;
  private int position;
  private final int limit;
  private final List<String> strings = new ArrayList<>();

  ByteSource(byte[] bytes, int offset, int limit) {
    if (offset < 0 || limit > bytes.length || offset > limit) {
      throw new CorruptCacheException("bad slice " + offset + ".." + limit);
    }
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
  }

  int position() {
    return position;
  }

  boolean atEnd() {
    return position == limit;
  }

  int readByte() {
    if (position >= limit) {
      throw new CorruptCacheException("unexpected end of data");
    }
    return bytes[position++] & 0xFF;
  }

  /** Skips {@code length} bytes and returns where they started. */
  int skip(int length) {
    if (length < 0 || length > limit - position) {
      throw new CorruptCacheException("length " + length + " beyond the data");
    }
    int start = position;
    position += length;
    return start;
  }

  int readUnsigned() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptCacheException("varint too long");
  }

  /** A count of items that follow: never negative, never more than the bytes left. */
  int readCount() {
    int count = readUnsigned();
    if (count < 0 || count > limit - position) {
      throw new CorruptCacheException("count " + count + " beyond the data");
    }
    return count;
  }

  int readInt() {
    int raw = readUnsigned();
    return (raw >>> 1) ^ -(raw & 1);
  }

  long readLong() {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | readByte();
    }
    return value;
  }

  boolean readBoolean() {
    int b = readByte();
    if (b > 1) {
      throw new CorruptCacheException("bad boolean " + b);
    }
    return b == 1;
  }

  String readPlainString() {
    int length = readCount();
    int start = skip(length);
    return new String(bytes, start, length, StandardCharsets.UTF_8);
  }

  String readString() {
    int tag = readUnsigned();
    if (tag == 0) {
      return null;
    }
    if (tag == 1) {
      String value = readPlainString();
      strings.add(value);
      return value;
    }
    int index = tag - 2;
    if (index < 0 || index >= strings.size()) {
      throw new CorruptCacheException("bad string reference " + index);
    }
    return strings.get(index);
  }

  String readNonNullString() {
    String value = readString();
    if (value == null) {
      throw new CorruptCacheException("unexpected null string");
    }
    return value;
  }

  <E extends Enum<E>> E readEnum(E[] values) {
    int ordinal = readByte();
    if (ordinal >= values.length) {
      throw new CorruptCacheException(
          "bad constant " + ordinal + " of " + values[0].getDeclaringClass().getSimpleName());
    }
    return values[ordinal];
  }
}
