import asyncio
from unittest.mock import AsyncMock, MagicMock

from app.agents.agent_runner import AgentRunner
from app.websocket_core.websocket_manager import WebSocketManager


def test_run_reports_start_and_completion():
    manager = MagicMock(spec=WebSocketManager)
    manager.send_to_user = AsyncMock(return_value=1)
    runner = AgentRunner(manager)

    result = asyncio.run(runner.run("user-1", AsyncMock(return_value={"answer": 42})))

    assert result == {"answer": 42}
    assert manager.send_to_user.await_count == 2
