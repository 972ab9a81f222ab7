import pkg.compat as legacy


def make(registry):
    registry.append(legacy)
    return legacy.WebSocketManager()
