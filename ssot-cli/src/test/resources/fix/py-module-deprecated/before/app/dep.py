import pkg.old_ws as ws_old


def make():
    return ws_old.WebSocketManager()
