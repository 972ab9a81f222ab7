"""The WebSocket manager: connections per user, per-user limits, delivery of agent events."""
import asyncio
import logging
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from app.websocket_core.websocket_manager import AGENT_EVENTS  # expect: import-cycle

if TYPE_CHECKING:
    from app.agents.execution_tracker import ExecutionTracker

logger = logging.getLogger(__name__)

MAX_CONNECTIONS_PER_USER = 5


class _UnifiedWebSocketManagerImplementation:
    """Keeps every open WebSocket per user and sends agent events to them."""

    def __init__(self, max_connections_per_user: int = MAX_CONNECTIONS_PER_USER,
                 tracker: Optional["ExecutionTracker"] = None) -> None:
        self._connections: Dict[str, List[Any]] = {}
        self._max_per_user = max_connections_per_user
        self._tracker = tracker
        self._lock = asyncio.Lock()

    async def connect(self, user_id: str, websocket: Any) -> None:
        async with self._lock:
            sockets = self._connections.setdefault(user_id, [])
            if len(sockets) >= self._max_per_user:
                raise ConnectionRefusedError(f"user {user_id} already has {len(sockets)} connections")
            sockets.append(websocket)

    async def disconnect(self, user_id: str, websocket: Any = None) -> None:
        async with self._lock:
            sockets = self._connections.get(user_id, [])
            if websocket is None:
                sockets.clear()
            elif websocket in sockets:
                sockets.remove(websocket)
            if not sockets:
                self._connections.pop(user_id, None)

    def connection_count(self, user_id: str) -> int:
        return len(self._connections.get(user_id, []))

    async def send_to_user(self, user_id: str, event: Dict[str, Any]) -> int:
        if event.get("type") not in AGENT_EVENTS:
            raise ValueError(f"unknown agent event {event.get('type')!r}")
        delivered = 0
        for websocket in list(self._connections.get(user_id, [])):
            try:
                await websocket.send_json(event)
                delivered += 1
            except ConnectionError:
                logger.warning("dropping a dead connection of user %s", user_id)
                await self.disconnect(user_id, websocket)
        if self._tracker is not None:
            self._tracker.record(user_id, event["type"], delivered)
        return delivered

    async def broadcast(self, event: Dict[str, Any]) -> int:
        total = 0
        for user_id in list(self._connections):
            total += await self.send_to_user(user_id, event)
        return total
