from app.base import Migration


class AddColumn(Migration):
    def run(self, db):
        db.execute("ALTER TABLE u ADD d")

    def undo(self, db):
        db.execute("ALTER TABLE u DROP d")


class Renamer:
    def run(self, db):
        db.execute("RENAME")

    def undo(self, db):
        db.execute("UNDO")
