from pkg.compat import (
    helper,
    WebSocketManager,
)
from pkg.compat import WebSocketManager as M2, helper as h2


def make():
    return WebSocketManager(), M2(), helper(), h2()
