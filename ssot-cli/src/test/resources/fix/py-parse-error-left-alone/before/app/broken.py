from pkg.compat import WebSocketManager

def broken(:
    pass
