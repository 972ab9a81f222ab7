class Migration:
    def run(self, db):
        raise NotImplementedError
