class TagRegistry:
    def __init__(self, owner):
        self.owner = owner
        self._tags: set[str] = set()

    @staticmethod
    def _normalize(tag):
        return "" if tag is None else tag.strip().lower()

    def register(self, tag):
        tag = self._normalize(tag)
        if not tag or tag in self._tags:
            return False
        self._tags.add(tag)
        return True

    def unregister(self, tag):
        tag = self._normalize(tag)
        if tag in self._tags:
            self._tags.discard(tag)
            return True
        return False

    def matching(self, predicate) -> set[str]:
        return {tag for tag in self._tags if predicate(tag)}

    def all(self) -> set[str]:
        return set(self._tags)
