"""Compatibility re-export: import from app.websocket_core.websocket_manager instead."""
from app.websocket_core.websocket_manager import WebSocketManager, create_websocket_manager

__all__ = ["WebSocketManager", "create_websocket_manager"]
