"""Backward-compatible import paths for code written before the WebSocket consolidation.

Every name here is defined elsewhere; new code imports from app.websocket_core.websocket_manager
and app.websocket_core.protocols.
"""
from app.websocket_core.protocols import WebSocketManagerProtocol
from app.websocket_core.unified_manager import _UnifiedWebSocketManagerImplementation as UnifiedWebSocketManager
from app.websocket_core.websocket_manager import WebSocketManager, create_websocket_manager

__all__ = ["UnifiedWebSocketManager", "WebSocketManager", "WebSocketManagerProtocol", "create_websocket_manager"]
