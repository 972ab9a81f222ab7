"""Connection statistics for the health endpoint."""
from typing import Dict, List

from app.websocket_core.websocket_manager import WebSocketManager

_managers: List[WebSocketManager] = []


def register_manager(manager: WebSocketManager) -> None:
    _managers.append(manager)


def connection_report(user_ids: List[str]) -> Dict[str, int]:
    return {user_id: sum(m.connection_count(user_id) for m in _managers) for user_id in user_ids}
