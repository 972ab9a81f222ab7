from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkg.ws.manager import WebSocketManager


def make() -> "WebSocketManager":
    from pkg.ws.manager import WebSocketManager as Impl

    return Impl()
