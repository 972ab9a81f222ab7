from pkg.compat import (
    helper,
)
from pkg.ws.manager import WebSocketManager
from pkg.compat import helper as h2
from pkg.ws.manager import WebSocketManager as M2


def make():
    return WebSocketManager(), M2(), helper(), h2()
