from ..ws.manager import WebSocketManager


def make():
    return WebSocketManager()
