from app.ws.session import Session


class WebSocketManager:
    def __init__(self):
        self.sessions = {}

    def connect(self, user_id):
        session = Session(user_id)
        self.sessions[user_id] = session
        return session

    def disconnect(self, user_id):
        self.sessions.pop(user_id, None)

    def broadcast(self, message):
        for session in self.sessions.values():
            session.send(message)
