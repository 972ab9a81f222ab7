import pkg.compat as compat


def make():
    manager = compat.WebSocketManager()
    return manager, compat.helper()


class Holder:
    kind = compat.WebSocketManager
