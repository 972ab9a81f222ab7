try:
    from pkg.ws.manager import WebSocketManager
except ImportError:  # pragma: no cover
    WebSocketManager = None


def make():
    try:
        import pkg.ws.manager as compat
    except ImportError:
        return None
    return compat.WebSocketManager(), WebSocketManager
