from pkg.ws.manager import WebSocketManager as Manager


def make():
    return Manager()
