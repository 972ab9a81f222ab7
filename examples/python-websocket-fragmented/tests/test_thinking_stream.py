import asyncio

from app.agents.thinking_stream import ThinkingStream
from tests.fakes import FakeWebSocketManager


def test_every_thought_is_sent():
    manager = FakeWebSocketManager()

    asyncio.run(ThinkingStream(manager).stream("user-1", ["plan", "search"]))

    assert [event["text"] for _, event in manager.sent] == ["plan", "search"]
