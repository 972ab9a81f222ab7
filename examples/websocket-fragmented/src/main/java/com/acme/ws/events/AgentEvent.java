package com.acme.ws.events;

/** One of agent_started, agent_thinking, tool_executing, tool_completed, agent_completed. */
public record AgentEvent(String type, String userId, String payload) {}
