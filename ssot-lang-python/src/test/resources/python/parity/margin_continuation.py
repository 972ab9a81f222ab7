def load():
    if True:
        from os.path import (
join,  # the names start at the left margin
split,
)
        return join, split


class Settings:
    def paths(self):
        from os import (
sep, pathsep)
        return sep, pathsep
