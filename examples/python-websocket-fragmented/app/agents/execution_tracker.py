"""Counts the agent events delivered to each user."""
from collections import Counter
from typing import Dict

from app.websocket_core.websocket_manager import WebSocketManager


class ExecutionTracker:
    def __init__(self) -> None:
        self._delivered: Dict[str, Counter] = {}

    def record(self, user_id: str, event_type: str, connections: int) -> None:
        self._delivered.setdefault(user_id, Counter())[event_type] += connections

    def delivered(self, user_id: str, event_type: str) -> int:
        return self._delivered.get(user_id, Counter())[event_type]

    def attach(self, manager: WebSocketManager) -> None:
        manager._tracker = self
