from pkg.compat import WebSocketManager as Manager


def make():
    return Manager()
