import inspect
import sys

_this = sys.modules[__name__]


def lookup(name):
    return getattr(sys.modules[__name__], name, None) or globals().get(name)


def members():
    return inspect.getmembers(sys.modules[__name__]) + list(globals().items())


def known(name):
    return name in globals() and globals()[name] is not None
