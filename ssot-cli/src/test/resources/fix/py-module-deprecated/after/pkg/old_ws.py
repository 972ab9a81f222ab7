import warnings

from pkg.ws.manager import WebSocketManager

warnings.warn("pkg.old_ws is deprecated; use pkg.ws.manager", DeprecationWarning, stacklevel=2)
