# vendored copy
from collections import OrderedDict


class BoundedCache:
  """Bounded mapping that forgets the entry used longest ago."""

  def __init__(self, capacity=128):
    '''Nothing cached yet.'''
    if capacity <= 0:
      raise ValueError(f"capacity must be positive: {capacity!r}")
    self._capacity = capacity
    self._entries = OrderedDict()
    self.hits = 0
    self.misses = 0

  def get(self, key, default=None):
    # lookups refresh the entry
    try:
      value = self._entries.pop(key)
    except KeyError:
      self.misses += 1
      return default
    self._entries[key] = value
    self.hits += 1
    return value

  def put(self, key, value):
    if key in self._entries:
      self._entries.pop(key)
    elif len(self._entries) >= self._capacity:
      self._entries.popitem(last=False)
    self._entries[key] = value

  def __len__(self):
    return len(self._entries)

  def hit_rate(self):
    total = self.hits + self.misses
    return 0.0 if total == 0 else self.hits / total

  @classmethod
  def unbounded(cls):
    return cls(capacity=2 ** 31)

  def __repr__(self):
    return f"BoundedCache(capacity={self._capacity}, size={len(self)})"
