import os
import pkg.compat


def make():
    base = os.path.basename("x")
    return pkg.compat.WebSocketManager(), pkg.compat.helper(), base
