import os
import pkg.compat as compat
import pkg.ws


def make(registry, compat_name="compat"):
    registry.append(compat)  # compat.Ignored in a comment
    text = "compat.Ignored in a string"
    call(compat=1, other=os.path.join("a", "b"))
    return compat.WebSocketManager(), pkg.ws.manager.Thing, registry.compat, text
