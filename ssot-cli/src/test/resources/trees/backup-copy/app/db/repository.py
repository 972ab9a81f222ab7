from app.db.pool import ConnectionPool


class UserRepository:
    def __init__(self):
        self.pool = ConnectionPool(4)

    def find(self, user_id):
        connection = self.pool.acquire()
        try:
            return {"id": user_id, "connection": connection}
        finally:
            self.pool.release(connection)
