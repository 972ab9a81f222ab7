from ..compat import WebSocketManager


def make():
    return WebSocketManager()
