"""The public WebSocket manager API: import WebSocketManager and create_websocket_manager from here."""
from typing import Any

from app.websocket_core.unified_manager import _UnifiedWebSocketManagerImplementation

AGENT_EVENTS = ("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed")

WebSocketManager = _UnifiedWebSocketManagerImplementation


def create_websocket_manager(**options: Any) -> WebSocketManager:
    """The one way to create a manager; it is registered with the health monitor."""
    from app.websocket_core.health import register_manager

    manager = WebSocketManager(**options)
    register_manager(manager)
    return manager
