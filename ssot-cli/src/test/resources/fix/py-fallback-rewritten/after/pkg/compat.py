"""Backward-compatible import paths: import from pkg.ws.manager instead."""
from pkg.ws.manager import WebSocketManager, helper

__all__ = ["WebSocketManager", "helper"]
