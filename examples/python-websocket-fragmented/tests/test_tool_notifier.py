import asyncio
from unittest.mock import MagicMock

from app.agents.tool_notifier import ToolNotifier
from app.websocket_core.unified_manager import _UnifiedWebSocketManagerImplementation  # expect: non-canonical-import


def test_executing_sends_the_tool_name():
    websocket_manager = MagicMock()  # expect: drifting-test-double
    notifier = ToolNotifier(websocket_manager)

    asyncio.run(notifier.executing("user-1", "search"))

    websocket_manager.send_agent_event.assert_called_once_with("user-1", "tool_executing", {"tool": "search"})


def test_a_real_manager_starts_empty():
    assert _UnifiedWebSocketManagerImplementation().connection_count("user-1") == 0
