import pkg.ws.manager as ws_old


def make():
    return ws_old.WebSocketManager()
