from pkg.ws.manager import WebSocketManager

M = WebSocketManager  # café
