"""Runs an agent for a user and reports its start and completion (already migrated)."""
from typing import Any, Awaitable, Callable, Dict

from app.websocket_core.protocols import WebSocketManagerProtocol
from app.websocket_core.websocket_manager import WebSocketManager, create_websocket_manager


class AgentRunner:
    def __init__(self, manager: WebSocketManagerProtocol) -> None:
        self._manager = manager

    async def run(self, user_id: str, agent: Callable[[], Awaitable[Dict[str, Any]]]) -> Dict[str, Any]:
        await self._manager.send_to_user(user_id, {"type": "agent_started"})
        result = await agent()
        await self._manager.send_to_user(user_id, {"type": "agent_completed", "result": result})
        return result


def default_runner() -> AgentRunner:
    manager: WebSocketManager = create_websocket_manager()
    return AgentRunner(manager)
