class Session:
    def __init__(self, user_id):
        self.user_id = user_id
        self.outbox = []

    def send(self, message):
        self.outbox.append(message)

    def drain(self):
        sent, self.outbox = self.outbox, []
        return sent
