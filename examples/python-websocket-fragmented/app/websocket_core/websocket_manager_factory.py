"""DEPRECATED: use app.websocket_core.websocket_manager.create_websocket_manager.

Built one isolated manager per user, before the manager kept every user's connections itself.
"""
import warnings
from typing import Any, Dict, List

from app.websocket_core.websocket_manager import WebSocketManager  # still imported from here by old callers

warnings.warn("app.websocket_core.websocket_manager_factory is deprecated; use create_websocket_manager",
              DeprecationWarning, stacklevel=2)


class IsolatedWebSocketManager:  # expect: duplicate-type
    """One user's connections, kept apart from every other user's."""

    def __init__(self, user_id: str) -> None:
        self.user_id = user_id
        self._sockets: List[Any] = []

    async def connect(self, user_id: str, websocket: Any) -> None:
        if user_id != self.user_id:
            raise PermissionError(f"manager of {self.user_id} cannot take a connection of {user_id}")
        self._sockets.append(websocket)

    async def disconnect(self, user_id: str, websocket: Any = None) -> None:
        self._sockets = [] if websocket is None else [s for s in self._sockets if s is not websocket]

    def connection_count(self, user_id: str) -> int:
        return len(self._sockets) if user_id == self.user_id else 0

    async def send_to_user(self, user_id: str, event: Dict[str, Any]) -> int:
        for websocket in self._sockets:
            await websocket.send_json(event)
        return len(self._sockets)


class WebSocketManagerFactory:
    """Keeps one manager per user."""

    def __init__(self, max_managers: int = 1000) -> None:
        self._managers: Dict[str, IsolatedWebSocketManager] = {}
        self._max_managers = max_managers

    def create_isolated_manager(self, user_id: str) -> IsolatedWebSocketManager:  # expect: factory-proliferation
        if user_id not in self._managers:
            if len(self._managers) >= self._max_managers:
                raise RuntimeError(f"more than {self._max_managers} isolated managers")
            self._managers[user_id] = IsolatedWebSocketManager(user_id)
        return self._managers[user_id]

    def cleanup_manager(self, user_id: str) -> None:
        self._managers.pop(user_id, None)


_factory = WebSocketManagerFactory()


def get_websocket_manager(user_id: str) -> IsolatedWebSocketManager:  # expect: factory-proliferation
    return _factory.create_isolated_manager(user_id)
