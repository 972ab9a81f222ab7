import pkg.compat as compat


def make():
    return compat.WebSocketManager(), compat.encode("x")
