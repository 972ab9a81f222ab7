try:
    from fastws import WebSocketManager
except ImportError:  # pkg is another library here: its old path may be all an older pkg has
    from pkg.compat import WebSocketManager


def make():
    return WebSocketManager()
