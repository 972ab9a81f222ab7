package dev.ssot.lang.java;

import dev.ssot.core.model.BuildModule;
import dev.ssot.core.model.ParseProblem;
import dev.ssot.core.parse.BuildFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Maven {@code pom.xml} into the reactor module it declares: {@code groupId:artifactId}
 * (the group inherited from {@code <parent>} when the POM names none) and the {@code groupId:
 * artifactId} of each of its {@code <dependencies>}, whatever their scope; versions are ignored.
 * {@code ${project.groupId}}, {@code ${project.artifactId}}, {@code ${project.parent.groupId}} and
 * the POM's own {@code <properties>} are resolved; other placeholders stay as written (such a
 * dependency then names no module of the tree). Dependencies of profiles and of {@code
 * <dependencyManagement>} do not count.
 *
 * <p>The JDK's XML parser, with document types and external entities refused (a POM needs neither):
 * no Maven library on ssot's class path, so the Maven plugin never meets a second copy of the Maven
 * model its host already loads.
 */
final class MavenPomReader implements BuildFileReader {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  @Override
  public String fileName() {
    return "pom.xml";
  }

  @Override
  public Read read(String path, byte[] content) {
    Document document;
    try {
      document = builder().parse(new ByteArrayInputStream(content));
    } catch (SAXParseException e) {
      return problem(path, Math.max(e.getLineNumber(), 0), e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return problem(path, 0, e.getMessage());
    }
    Element project = document.getDocumentElement();
    if (!"project".equals(nameOf(project))) {
      return problem(path, 0, "root element is <" + nameOf(project) + ">, not <project>");
    }
    Optional<Element> parent = child(project, "parent");
    String parentGroup = parent.flatMap(p -> text(p, "groupId")).orElse(null);
    String artifactId = text(project, "artifactId").orElse(null);
    String groupId = text(project, "groupId").orElse(parentGroup);
    if (artifactId == null || groupId == null) {
      return problem(
          path, 0, artifactId == null ? "no <artifactId>" : "no <groupId>, and no <parent> one");
    }
    Map<String, String> properties = new HashMap<>();
    child(project, "properties")
        .ifPresent(p -> children(p).forEach(e -> properties.put(nameOf(e), e.getTextContent())));
    properties.put("project.groupId", groupId);
    properties.put("pom.groupId", groupId);
    properties.put("groupId", groupId);
    properties.put("project.artifactId", artifactId);
    properties.put("pom.artifactId", artifactId);
    if (parentGroup != null) {
      properties.put("project.parent.groupId", parentGroup);
      properties.put("parent.groupId", parentGroup);
    }
    List<String> dependencies = new ArrayList<>();
    child(project, "dependencies")
        .ifPresent(
            list -> {
              for (Element dependency : children(list)) {
                if (!"dependency".equals(nameOf(dependency))) {
                  continue;
                }
                Optional<String> group = text(dependency, "groupId");
                Optional<String> artifact = text(dependency, "artifactId");
                if (group.isPresent() && artifact.isPresent()) {
                  dependencies.add(
                      resolve(group.get(), properties) + ":" + resolve(artifact.get(), properties));
                }
              }
            });
    int slash = path.lastIndexOf('/');
    String directory = slash < 0 ? "" : path.substring(0, slash);
    return Read.of(
        new BuildModule(
            resolve(groupId, properties) + ":" + resolve(artifactId, properties),
            directory,
            path,
            dependencies));
  }

  private static Read problem(String path, int line, String message) {
    return Read.failed(new ParseProblem(path, line, "not a readable Maven POM: " + message));
  }

  /** A parser that refuses document types and external entities. */
  private static DocumentBuilder builder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder;
  }

  /** A value with its placeholders replaced by the properties that define them (a few rounds). */
  private static String resolve(String value, Map<String, String> properties) {
    String current = value;
    for (int round = 0; round < 5 && current.contains("${"); round++) {
      Matcher matcher = PLACEHOLDER.matcher(current);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        String replacement = properties.get(matcher.group(1));
        matcher.appendReplacement(
            out, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
      }
      matcher.appendTail(out);
      if (out.toString().equals(current)) {
        break;
      }
      current = out.toString();
    }
    return current.trim();
  }

  private static String nameOf(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element) {
        out.add(element);
      }
    }
    return out;
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> name.equals(nameOf(e))).findFirst();
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name)
        .map(Element::getTextContent)
        .map(String::trim)
        .filter(s -> !s.isEmpty());
  }
}
