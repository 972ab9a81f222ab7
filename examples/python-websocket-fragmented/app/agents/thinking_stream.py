"""Streams an agent's intermediate reasoning to the user."""
from typing import Iterable

from app.websocket_core.manager import WebSocketManager, send_thinking  # expect: non-canonical-import  # expect: unresolved-import


class ThinkingStream:
    def __init__(self, manager: WebSocketManager) -> None:
        self._manager = manager

    async def stream(self, user_id: str, thoughts: Iterable[str]) -> None:
        for thought in thoughts:
            await send_thinking(self._manager, user_id, thought)
