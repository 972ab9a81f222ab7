package com.acme.agents;

import com.acme.ws.events.AgentEvent;
import java.util.ArrayList;
import java.util.List;

/** Mimics the manager by convention: no protocol, and already missing half the API. */
class MockWebSocketManager { // expect: drifting-test-double: 'MockWebSocketManager' stands in for com.acme.ws.WebSocketManager but neither implements nor extends it, so nothing keeps it in step; it already lacks connect, connectionCount, disconnect
  final List<AgentEvent> sent = new ArrayList<>();

  void send(String userId, AgentEvent event) {
    sent.add(event);
  }
}
