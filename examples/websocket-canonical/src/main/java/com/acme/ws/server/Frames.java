package com.acme.ws.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The control frames of the wire protocol (everything but the agent events, which
 * {@link com.acme.ws.events.AgentEvents} encodes): parsing what clients send, writing the
 * server's answers.
 */
final class Frames {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private Frames() {}

  /** The JSON object in a client's text, or empty if the text is not one. */
  static Optional<ObjectNode> parseObject(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A string field of a client message, or null when it is missing or not a string. */
  static String text(ObjectNode message, String field) {
    JsonNode value = message.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** {@code {"type":"error","code":"...","message":"..."}} */
  static String error(ErrorCode code, String message) {
    return write(JSON.createObjectNode()
        .put("type", "error")
        .put("code", code.wireName())
        .put("message", message));
  }

  /** {@code {"type":"auth_ok","userId":"...","connectionId":"..."}} */
  static String authOk(String userId, String connectionId) {
    return write(JSON.createObjectNode()
        .put("type", "auth_ok")
        .put("userId", userId)
        .put("connectionId", connectionId));
  }

  /** {@code {"type":"pong"}} */
  static String pong() {
    return write(JSON.createObjectNode().put("type", "pong"));
  }

  private static String write(ObjectNode frame) {
    try {
      return JSON.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + frame, e);
    }
  }
}
