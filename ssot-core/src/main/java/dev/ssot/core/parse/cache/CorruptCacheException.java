package dev.ssot.core.parse.cache;

/** Cache data that cannot be what this version wrote; the cache treats it as a miss. */
final class CorruptCacheException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CorruptCacheException(String message) {
    super(message, null, false, false);
  }
}
