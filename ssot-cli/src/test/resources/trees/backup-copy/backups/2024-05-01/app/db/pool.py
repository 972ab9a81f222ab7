class ConnectionPool:
    def __init__(self, size):
        self.size = size
        self.free = list(range(size))

    def acquire(self):
        return self.free.pop()

    def release(self, connection):
        self.free.append(connection)
