class Serializer:
    def dumps(self, value):
        raise NotImplementedError
