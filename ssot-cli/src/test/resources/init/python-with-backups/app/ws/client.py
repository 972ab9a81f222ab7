from app.ws.manager import WebSocketManager


def connect_all(manager: WebSocketManager, sockets):
    for user_id, socket in sockets.items():
        manager.connect(user_id, socket)
