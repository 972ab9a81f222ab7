package dev.ssot.core.report.graph;

import dev.ssot.core.graph.CodeGraph;
import dev.ssot.core.graph.Dependency;
import dev.ssot.core.graph.Level;
import dev.ssot.core.model.Location;
import dev.ssot.core.report.Json;
import dev.ssot.core.report.ReportText;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Renders one level of the dependency graph as Graphviz DOT, Mermaid or JSON. Edges inside a cycle
 * are drawn red (DOT, Mermaid) or marked {@code "inCycle": true} (JSON); edge labels are the number
 * of imports behind the edge.
 */
public final class GraphWriter {

  /** The output formats. */
  public enum Format {
    DOT,
    MERMAID,
    JSON;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private GraphWriter() {}

  public static void write(CodeGraph graph, Level level, Format format, Writer out)
      throws IOException {
    SortedSet<String> nodes = graph.nodes(level);
    List<Dependency> edges = graph.dependencies(level);
    Set<String> inCycle = new HashSet<>();
    for (SortedSet<String> component : graph.stronglyConnectedComponents(level)) {
      for (Dependency edge : edges) {
        if (component.contains(edge.from()) && component.contains(edge.to())) {
          inCycle.add(edge.from() + "\u0000" + edge.to());
        }
      }
    }
    switch (format) {
      case DOT -> writeDot(nodes, edges, inCycle, out);
      case MERMAID -> writeMermaid(nodes, edges, inCycle, out);
      case JSON -> writeJson(level, nodes, edges, inCycle, out);
      default -> throw new IllegalArgumentException(format.toString());
    }
  }

  private static boolean cyclic(Set<String> inCycle, Dependency edge) {
    return inCycle.contains(edge.from() + "\u0000" + edge.to());
  }

  private static void writeDot(
      SortedSet<String> nodes, List<Dependency> edges, Set<String> inCycle, Writer out)
      throws IOException {
    out.write("digraph ssot {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
    for (String node : nodes) {
      out.write("  " + dotId(node) + ";\n");
    }
    for (Dependency edge : edges) {
      out.write(
          "  "
              + dotId(edge.from())
              + " -> "
              + dotId(edge.to())
              + " [label=\""
              + edge.weight()
              + "\""
              + (cyclic(inCycle, edge) ? ", color=red" : "")
              + "];\n");
    }
    out.write("}\n");
  }

  private static String dotId(String name) {
    return "\"" + ReportText.visible(name).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void writeMermaid(
      SortedSet<String> nodes, List<Dependency> edges, Set<String> inCycle, Writer out)
      throws IOException {
    Map<String, String> ids = new HashMap<>();
    out.write("flowchart LR\n");
    int n = 0;
    for (String node : nodes) {
      String id = "n" + n++;
      ids.put(node, id);
      out.write("  " + id + "[\"" + ReportText.visible(node).replace("\"", "#quot;") + "\"]\n");
    }
    int index = 0;
    StringBuilder red = new StringBuilder();
    for (Dependency edge : edges) {
      out.write(
          "  " + ids.get(edge.from()) + " -->|" + edge.weight() + "| " + ids.get(edge.to()) + "\n");
      if (cyclic(inCycle, edge)) {
        red.append(red.length() == 0 ? "" : ",").append(index);
      }
      index++;
    }
    if (red.length() > 0) {
      out.write("  linkStyle " + red + " stroke:red\n");
    }
  }

  private static void writeJson(
      Level level, SortedSet<String> nodes, List<Dependency> edges, Set<String> inCycle, Writer out)
      throws IOException {
    Json.write(
        ReportText.json(out),
        json -> {
          json.writeStartObject();
          json.writeStringField("level", level.id());
          json.writeArrayFieldStart("nodes");
          for (String node : nodes) {
            json.writeString(node);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("edges");
          for (Dependency edge : edges) {
            json.writeStartObject();
            json.writeStringField("from", edge.from());
            json.writeStringField("to", edge.to());
            json.writeNumberField("weight", edge.weight());
            json.writeBooleanField("inCycle", cyclic(inCycle, edge));
            json.writeArrayFieldStart("evidence");
            for (Location location : edge.evidence()) {
              json.writeString(location.toString());
            }
            json.writeEndArray();
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }
}
