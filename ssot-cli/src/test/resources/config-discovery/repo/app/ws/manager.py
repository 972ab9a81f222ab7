class WebSocketManager:
    def __init__(self):
        self.connections = {}

    def connect(self, user_id, socket):
        self.connections[user_id] = socket

    def disconnect(self, user_id):
        self.connections.pop(user_id, None)

    def send(self, user_id, message):
        socket = self.connections.get(user_id)
        if socket is not None:
            socket.send(message)
