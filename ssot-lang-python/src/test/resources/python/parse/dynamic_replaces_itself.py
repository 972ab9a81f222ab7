import sys


class _Module:
    pass


sys.modules[__name__] = _Module()
