"""WebSocket core: the manager that delivers agent events to connected users."""
from app.websocket_core.protocols import WebSocketManagerProtocol
from app.websocket_core.websocket_manager import AGENT_EVENTS, WebSocketManager, create_websocket_manager

__all__ = ["AGENT_EVENTS", "WebSocketManager", "WebSocketManagerProtocol", "create_websocket_manager"]
