import os
import pkg.ws.manager


def make():
    base = os.path.basename("x")
    return pkg.ws.manager.WebSocketManager(), pkg.ws.manager.helper(), base
