"""Per-user sessions, written when every user had a manager of their own."""
from typing import Any

from app.core.interfaces_websocket import WebSocketManagerProtocol  # expect: deprecated-import
from app.websocket_core.websocket_manager_factory import WebSocketManager  # expect: non-canonical-import


class IsolatedSession:
    def __init__(self, user_id: str, manager: WebSocketManager) -> None:
        self.user_id = user_id
        self.manager: WebSocketManagerProtocol = manager

    async def open(self, websocket: Any) -> None:
        await self.manager.connect(self.user_id, websocket)

    async def close(self) -> None:
        await self.manager.disconnect(self.user_id)
