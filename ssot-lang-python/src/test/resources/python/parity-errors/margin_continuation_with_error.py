def load():
    if True:
        from os.path import (
join,
)
        return join(


def broken(:
    pass
