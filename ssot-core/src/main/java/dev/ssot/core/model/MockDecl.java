package dev.ssot.core.model;

import java.util.List;

/**
 * A test double built from a mocking library and bound to a name: {@code manager =
 * MagicMock(spec=WebSocketManager)}, with the attributes the code then configures on it ({@code
 * manager.send_message.return_value = ...}).
 *
 * @param name the bound name
 * @param factory the mock class called, as written ({@code MagicMock}, {@code mock.AsyncMock})
 * @param spec the {@code spec}/{@code spec_set} argument as written, or {@code null}
 * @param attributes the attribute names configured on it, in order of first appearance
 * @param line 1-based line
 * @param column 1-based column
 */
public record MockDecl(
    String name, String factory, String spec, List<String> attributes, int line, int column) {

  public MockDecl {
    attributes = List.copyOf(attributes);
  }
}
