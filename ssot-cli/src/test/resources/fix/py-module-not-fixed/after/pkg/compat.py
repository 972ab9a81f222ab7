"""Backward-compatible import paths: import from pkg.ws.manager instead."""
from pkg.ws.manager import WebSocketManager, helper
from pkg.ws.codec import encode

__all__ = ["WebSocketManager", "helper", "encode"]
