"""WebSocket interfaces, written before app.websocket_core had its own protocol."""
from typing import Any, Dict, Protocol


class WebSocketManagerProtocol(Protocol):  # expect: duplicate-type
    """DEPRECATED: use app.websocket_core.protocols.WebSocketManagerProtocol."""

    async def connect(self, user_id: str, websocket: Any) -> None: ...

    async def disconnect(self, user_id: str, websocket: Any = None) -> None: ...

    async def send_to_user(self, user_id: str, event: Dict[str, Any]) -> int: ...

    async def send_agent_event(self, user_id: str, event_type: str, payload: Dict[str, Any]) -> None: ...
