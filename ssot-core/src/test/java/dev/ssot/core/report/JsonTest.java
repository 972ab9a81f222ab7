package dev.ssot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The one JSON layout: two-space indentation, {@code \n} breaks, a final line break, open writer.
 */
class JsonTest {

  @Test
  void writesTheLayoutEveryJsonFileShares() throws IOException {
    StringWriter out = new StringWriter();
    for (int document = 0; document < 2; document++) {
      Json.write(
          out,
          json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("names");
            json.writeString("a\"b");
            json.writeStartObject();
            json.writeBooleanField("nested", true);
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("empty");
            json.writeEndObject();
            json.writeEndObject();
          });
    }
    String document =
        "{\n"
            + "  \"version\" : 1,\n"
            + "  \"names\" : [\n"
            + "    \"a\\\"b\",\n"
            + "    {\n"
            + "      \"nested\" : true\n"
            + "    }\n"
            + "  ],\n"
            + "  \"empty\" : { }\n"
            + "}\n";
    // The second document starts at depth zero again, and the writer is still open for it.
    assertEquals(document + document, out.toString());
  }
}
