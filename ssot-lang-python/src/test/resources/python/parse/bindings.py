"""Module-level bindings."""
from .impl import _Implementation
import app.core.impl as impl

Manager = _Implementation
Qualified = impl.Other
First = Second = _Implementation
LIMIT: int = 10
counter = 0
x, (y, z) = 1, (2, 3)
for item in ():
    pass
with open(__file__) as handle, open(__file__) as (left, right):
    pass
type Pair[T] = tuple[T, T]
type Simple = int
computed = make_manager()


def build():
    return Manager()


class Local:
    pass


DECLARED_ONLY: str

if __name__ == "__main__":
    SCRIPT_ONLY = build()

    class ScriptOnly:
        pass
