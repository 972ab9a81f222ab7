from app.base import Migration


class AddColumn(Migration):
    def run(self, db):
        db.execute("ALTER TABLE t ADD c")

    def undo(self, db):
        db.execute("ALTER TABLE t DROP c")
