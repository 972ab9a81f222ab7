"""Tells the user which tool an agent runs and what it returned."""
from typing import Any

from app.websocket_core.canonical_imports import UnifiedWebSocketManager  # expect: non-canonical-import


class ToolNotifier:
    def __init__(self, manager: UnifiedWebSocketManager) -> None:
        self._manager = manager

    async def executing(self, user_id: str, tool: str) -> None:
        await self._manager.send_to_user(user_id, {"type": "tool_executing", "tool": tool})

    async def completed(self, user_id: str, tool: str, result: Any) -> None:
        await self._manager.send_to_user(user_id, {"type": "tool_completed", "tool": tool, "result": result})
