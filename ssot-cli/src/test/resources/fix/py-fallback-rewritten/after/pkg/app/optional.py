try:
    from fastws import WebSocketManager  # an optional build the code does not ship
except ImportError:
    from pkg.ws.manager import WebSocketManager


def make():
    return WebSocketManager()
