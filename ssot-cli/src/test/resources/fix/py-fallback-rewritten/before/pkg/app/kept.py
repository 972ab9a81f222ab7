try:
    from pkg.ws.manager import WebSocketManager
except ImportError:  # an older pkg
    from pkg.compat import WebSocketManager


def make():
    return WebSocketManager()
