class WebSocketManager:
    def __init__(self):
        self.connections = {}

    def connect(self, user_id, socket):
        self.connections[user_id] = socket

    def disconnect(self, user_id):
        del self.connections[user_id]

    def send(self, user_id, message):
        self.connections[user_id].send(message)
