from unittest import mock
from unittest.mock import AsyncMock, MagicMock

from app.core.manager import WebSocketManager

manager = MagicMock(spec=WebSocketManager)
manager.send_message.return_value = None
manager.connect.side_effect = ConnectionError
manager.send_message.assert_called_once()

client = mock.AsyncMock(spec_set=app.Client)
plain = MagicMock()


def test_send():
    local = AsyncMock(WebSocketManager)
    local.broadcast.return_value = 1
    assert local.reset_mock() is None
