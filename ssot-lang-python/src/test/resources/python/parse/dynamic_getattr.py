def __getattr__(name):
    return _lazy[name]
