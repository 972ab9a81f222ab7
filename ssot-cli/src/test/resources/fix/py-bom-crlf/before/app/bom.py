from pkg.compat import WebSocketManager

M = WebSocketManager  # café
