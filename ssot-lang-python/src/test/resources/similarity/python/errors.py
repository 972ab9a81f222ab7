class NotFound(Exception):
    """Raised when a lookup misses."""


class Conflict(Exception):
    """Raised when two writers collide."""
