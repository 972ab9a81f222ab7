"""Runs the tools an agent asks for and reports each one."""
from typing import Any, Callable, Dict

from app.websocket_core import WebSocketManager  # expect: non-canonical-import


class ToolDispatcher:
    def __init__(self, manager: WebSocketManager, tools: Dict[str, Callable[..., Any]]) -> None:
        self._manager = manager
        self._tools = tools

    async def dispatch(self, user_id: str, tool: str, **arguments: Any) -> Any:
        await self._manager.send_to_user(user_id, {"type": "tool_executing", "tool": tool})
        result = self._tools[tool](**arguments)
        await self._manager.send_to_user(user_id, {"type": "tool_completed", "tool": tool})
        return result
