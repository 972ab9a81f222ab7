from typing import Any, Dict, List, Tuple


class FakeWebSocketManager:
    """Records what the code under test sends instead of sending it."""

    def __init__(self) -> None:
        self.sent: List[Tuple[str, Dict[str, Any]]] = []

    async def connect(self, user_id: str, websocket: Any) -> None:
        pass

    async def send_to_user(self, user_id: str, event: Dict[str, Any]) -> int:
        self.sent.append((user_id, event))
        return 1
