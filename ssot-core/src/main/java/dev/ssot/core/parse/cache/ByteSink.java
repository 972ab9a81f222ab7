package dev.ssot.core.parse.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable byte buffer with the cache's primitives: zigzag varints and strings that are written
 * once per entry and referred to by index afterwards (type and path names repeat a lot in a file).
 */
final class ByteSink {

  private byte[] bytes;
  private int size;
  private final Map<String, Integer> strings = new HashMap<>();

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void writeBytes(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /** An unsigned varint (7 bits per byte, low bits first). */
  void writeUnsigned(int value) {
    ensure(5);
    while ((value & ~0x7F) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  /** A signed int as a zigzag varint, so that small negative values stay short. */
  void writeInt(int value) {
    writeUnsigned((value << 1) ^ (value >> 31));
  }

  void writeLong(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      writeByte((int) (value >>> shift) & 0xFF);
    }
  }

  void writeBoolean(boolean value) {
    writeByte(value ? 1 : 0);
  }

  /** A string without the table: length in UTF-8 bytes, then the bytes. */
  void writePlainString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeUnsigned(utf8.length);
    writeBytes(utf8, 0, utf8.length);
  }

  /** A nullable string: 0 null, 1 a new string follows, n ≥ 2 the (n-2)th string written before. */
  void writeString(String value) {
    if (value == null) {
      writeUnsigned(0);
      return;
    }
    Integer index = strings.get(value);
    if (index != null) {
      writeUnsigned(index + 2);
      return;
    }
    strings.put(value, strings.size());
    writeUnsigned(1);
    writePlainString(value);
  }

  private void ensure(int extra) {
    if (size + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }
  }
}
