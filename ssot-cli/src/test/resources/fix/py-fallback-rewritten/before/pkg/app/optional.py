try:
    from fastws import WebSocketManager  # an optional build the code does not ship
except ImportError:
    from pkg.compat import WebSocketManager


def make():
    return WebSocketManager()
