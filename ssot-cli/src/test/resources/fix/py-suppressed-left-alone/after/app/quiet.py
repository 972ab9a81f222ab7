from pkg.compat import WebSocketManager  # ssot:ignore non-canonical-import -- kept for the plugin API
