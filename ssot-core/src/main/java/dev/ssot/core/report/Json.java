package dev.ssot.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * The layout of every JSON file ssot writes (the JSON, SARIF and GitLab reports, the baseline, the
 * JSON dependency graph): two-space indentation, {@code \n} line breaks whatever the platform, and
 * a line break after the document. The writer is flushed, never closed. Characters that could
 * reorder or drive a terminal, and GitHub's {@code ##[} command prefix, are written as {@code \}
 * {@code uXXXX} escapes inside strings ({@link ReportText#json}), so a document printed as it is
 * harms no reader and still parses to exactly the same values.
 */
public final class Json {

  /** Writes the content of one JSON document. */
  @FunctionalInterface
  public interface Content {
    void write(JsonGenerator json) throws IOException;
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** Writes one document to {@code out}: what {@code content} generates, then a line break. */
  public static void write(Writer out, Content content) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(ReportText.json(out))) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // A new printer per document: a pretty printer keeps the nesting depth.
      json.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      content.write(json);
      json.writeRaw('\n');
    }
  }
}
