package com.acme.ws.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON form of {@link AgentEvent}: the one codec both the server and clients rely on. */
public final class AgentEvents {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private AgentEvents() {}

  /** The event as one JSON object. */
  public static String toJson(AgentEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + event, e);
    }
  }

  /**
   * The event a JSON object describes.
   *
   * @throws IllegalArgumentException when the text is not an agent event
   */
  public static AgentEvent fromJson(String json) {
    try {
      return JSON.readValue(json, AgentEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an agent event: " + e.getOriginalMessage(), e);
    }
  }
}
