from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkg.compat import WebSocketManager


def make() -> "WebSocketManager":
    from pkg.compat import WebSocketManager as Impl

    return Impl()
