try:
    from pkg.compat import WebSocketManager
except ImportError:  # pragma: no cover
    WebSocketManager = None


def make():
    try:
        import pkg.compat as compat
    except ImportError:
        return None
    return compat.WebSocketManager(), WebSocketManager
