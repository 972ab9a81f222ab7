package dev.ssot.core.report.html;

import dev.ssot.core.finding.Evidence;
import dev.ssot.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG drawing of one cycle finding: the packages (or types) on its {@code cycle-edge} and
 * {@code suggested-cut} evidence on a circle, in cycle order, with an arrow per edge labelled by
 * the number of imports behind it; the cut is dashed. Edges are curved so that {@code a -> b} and
 * {@code b -> a} do not overlap. Members of the component that no reported edge touches are not
 * drawn; {@link #undrawn} lists them. Coordinates are rounded to one decimal, so the same finding
 * always gives the same markup.
 */
final class CycleDiagram {

  private static final double NODE_RADIUS = 6;
  private static final double CHAR_WIDTH = 7.3;
  private static final double LABEL_GAP = 10;
  private static final double PADDING = 12;
  private static final double CURVATURE = 0.18;

  private final List<String> nodes = new ArrayList<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private final List<String> undrawn = new ArrayList<>();

  /**
   * One drawn edge: how many imports are behind it, whether it is on the cycle and whether it is
   * cut.
   */
  private static final class Edge {
    final String from;
    final String to;
    int weight;
    boolean cycle;
    boolean cut;

    Edge(String from, String to) {
      this.from = from;
      this.to = to;
    }
  }

  private CycleDiagram(Finding finding) {
    for (Evidence evidence : finding.evidence()) {
      if (evidence instanceof Evidence.CycleEdge edge) {
        Edge drawn = edge(edge.from(), edge.to());
        drawn.cycle = true;
        drawn.weight = Math.max(drawn.weight, edge.locations().size() + edge.omitted());
      } else if (evidence instanceof Evidence.SuggestedCut cut) {
        Edge drawn = edge(cut.from(), cut.to());
        drawn.cut = true;
        drawn.weight = Math.max(drawn.weight, cut.weight());
      }
    }
    for (String symbol : finding.symbols()) {
      if (!nodes.contains(symbol)) {
        undrawn.add(symbol);
      }
    }
  }

  private Edge edge(String from, String to) {
    for (String node : List.of(from, to)) {
      if (!nodes.contains(node)) {
        nodes.add(node);
      }
    }
    return edges.computeIfAbsent(from + "\u0000" + to, key -> new Edge(from, to));
  }

  /** Whether a finding has edges to draw. */
  static boolean applies(Finding finding) {
    return finding.evidence().stream()
        .anyMatch(e -> e instanceof Evidence.CycleEdge || e instanceof Evidence.SuggestedCut);
  }

  static CycleDiagram of(Finding finding) {
    return new CycleDiagram(finding);
  }

  /** Members of the finding's component that no reported edge touches, in symbol order. */
  List<String> undrawn() {
    return List.copyOf(undrawn);
  }

  /**
   * The SVG element.
   *
   * @param id unique in the page: prefixes the ids of the arrow markers
   */
  String svg(String id) {
    int n = nodes.size();
    double radius = Math.max(80, 110.0 * n / (2 * Math.PI));
    double[] x = new double[n];
    double[] y = new double[n];
    Bounds bounds = new Bounds();
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      x[i] = radius * Math.cos(angle);
      y[i] = radius * Math.sin(angle);
      bounds.add(x[i] - NODE_RADIUS, y[i] - NODE_RADIUS, x[i] + NODE_RADIUS, y[i] + NODE_RADIUS);
      double gap = NODE_RADIUS + LABEL_GAP;
      labels
          .append("<circle class=\"node\" cx=\"")
          .append(num(x[i]))
          .append("\" cy=\"")
          .append(num(y[i]))
          .append("\" r=\"")
          .append(num(NODE_RADIUS))
          .append("\"><title>")
          .append(Html.escape(nodes.get(i)))
          .append("</title></circle>\n")
          .append(
              text(
                  bounds,
                  "",
                  nodes.get(i),
                  x[i] + gap * Math.cos(angle),
                  y[i] + gap * Math.sin(angle),
                  Math.cos(angle),
                  Math.sin(angle)));
    }
    StringBuilder lines = new StringBuilder();
    for (Edge edge : edges.values()) {
      int from = nodes.indexOf(edge.from);
      int to = nodes.indexOf(edge.to);
      if (from != to) {
        appendEdge(lines, bounds, edge, x[from], y[from], x[to], y[to], id);
      }
    }
    double minX = bounds.minX - PADDING;
    double minY = bounds.minY - PADDING;
    double width = bounds.maxX + PADDING - minX;
    double height = bounds.maxY + PADDING - minY;
    return "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\""
        + num(minX)
        + " "
        + num(minY)
        + " "
        + num(width)
        + " "
        + num(height)
        + "\" width=\""
        + num(width)
        + "\" height=\""
        + num(height)
        + "\" aria-label=\""
        + Html.escape(describe())
        + "\">\n<defs>\n"
        + marker(id + "-arrow", "arrow")
        + marker(id + "-cut", "arrow cut")
        + "</defs>\n"
        + lines
        + labels
        + "</svg>";
  }

  /** The box the drawing needs. */
  private static final class Bounds {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;

    void add(double x1, double y1, double x2, double y2) {
      minX = Math.min(minX, x1);
      minY = Math.min(minY, y1);
      maxX = Math.max(maxX, x2);
      maxY = Math.max(maxY, y2);
    }
  }

  /**
   * A text label at (x, y) that extends away from the point it labels, in the direction (dirX,
   * dirY): anchored at its start, end or middle, above or below, so it never covers it.
   */
  private static String text(
      Bounds bounds, String cssClass, String label, double x, double y, double dirX, double dirY) {
    double width = label.length() * CHAR_WIDTH;
    String anchor = dirX > 0.3 ? "start" : dirX < -0.3 ? "end" : "middle";
    double left = anchor.equals("start") ? x : anchor.equals("end") ? x - width : x - width / 2;
    double baseline = dirY > 0.3 ? y + 10 : dirY < -0.3 ? y : y + 4;
    bounds.add(left, baseline - 12, left + width, baseline + 4);
    return "<text"
        + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
        + " x=\""
        + num(x)
        + "\" y=\""
        + num(baseline)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + Html.escape(label)
        + "</text>\n";
  }

  private static String marker(String id, String cssClass) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
        + "markerHeight=\"7\" orient=\"auto\"><path class=\""
        + cssClass
        + "\" d=\"M0,0L10,5L0,10z\"/></marker>\n";
  }

  private static void appendEdge(
      StringBuilder svg,
      Bounds bounds,
      Edge edge,
      double x1,
      double y1,
      double x2,
      double y2,
      String id) {
    double dx = x2 - x1;
    double dy = y2 - y1;
    // The control point sits to the left of the direction of travel, so opposite edges bend apart.
    double cx = (x1 + x2) / 2 + dy * CURVATURE;
    double cy = (y1 + y2) / 2 - dx * CURVATURE;
    double[] start = towards(x1, y1, cx, cy, NODE_RADIUS + 1);
    double[] end = towards(x2, y2, cx, cy, NODE_RADIUS + 2);
    String title =
        edge.from
            + " -> "
            + edge.to
            + ": "
            + edge.weight
            + (edge.weight == 1 ? " import" : " imports")
            + (edge.cut ? " (suggested cut)" : "");
    svg.append("<path class=\"")
        .append(edge.cut ? "edge cut" : "edge")
        .append("\" d=\"M")
        .append(num(start[0]))
        .append(',')
        .append(num(start[1]))
        .append(" Q")
        .append(num(cx))
        .append(',')
        .append(num(cy))
        .append(' ')
        .append(num(end[0]))
        .append(',')
        .append(num(end[1]))
        .append("\" marker-end=\"url(#")
        .append(id)
        .append(edge.cut ? "-cut" : "-arrow")
        .append(")\"><title>")
        .append(Html.escape(title))
        .append("</title></path>\n");
    // The label sits just outside the curve's midpoint, on the side it bends to.
    double length = Math.hypot(dx, dy);
    double nx = dy / length;
    double ny = -dx / length;
    svg.append(
        text(
            bounds,
            "weight",
            edge.weight + (edge.cut ? ", cut" : ""),
            0.25 * x1 + 0.5 * cx + 0.25 * x2 + nx * LABEL_GAP / 2,
            0.25 * y1 + 0.5 * cy + 0.25 * y2 + ny * LABEL_GAP / 2,
            nx,
            ny));
  }

  /** The point at {@code distance} from (x, y) towards (tx, ty). */
  private static double[] towards(double x, double y, double tx, double ty, double distance) {
    double length = Math.hypot(tx - x, ty - y);
    return new double[] {x + (tx - x) / length * distance, y + (ty - y) / length * distance};
  }

  private String describe() {
    StringBuilder text = new StringBuilder("import cycle: ");
    List<String> parts = new ArrayList<>();
    for (Edge edge : edges.values()) {
      parts.add(edge.from + " -> " + edge.to + (edge.cut ? " (cut)" : ""));
    }
    return text.append(String.join(", ", parts)).toString();
  }

  private static String num(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }
}
