try:
    from pkg.ws.manager import WebSocketManager
except ImportError:
    from pkg.compat import WebSocketManager
