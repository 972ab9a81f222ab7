package dev.ssot.lang.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessorsTest {

  @Test
  void linksOfferedAsTheReplacementAreSuccessors() {
    assertEquals(
        List.of("DB2iDialect"),
        Successors.named("/** Old.\n * @deprecated Use {@link DB2iDialect}\n */"));
    assertEquals(
        List.of("org.hibernate.id.uuid.UuidGenerator", "org.hibernate.annotations.UuidGenerator"),
        Successors.named(
            "@deprecated use {@link org.hibernate.id.uuid.UuidGenerator} and\n"
                + " * {@link org.hibernate.annotations.UuidGenerator} instead"));
    assertEquals(
        List.of("org.acme.stax.LocalXmlResourceResolver"),
        Successors.named(
            "@deprecated Hibernate now uses StAX for XML processing and the role of this class"
                + " is served\n * now by {@link org.acme.stax.LocalXmlResourceResolver}"));
    assertEquals(List.of("NewApi"), Successors.named("@deprecated {@link NewApi}"));
    assertEquals(
        List.of("Failable"), Successors.named("@deprecated {@link Failable#run} instead."));
    assertEquals(
        List.of("Next"), Successors.named("@deprecated Replaced with {@link Next}; removed in 5."));
  }

  @Test
  void prosePointsToTheReplacement() {
    assertEquals(
        List.of("MultiValueMap"),
        Successors.named("@deprecated Class now available as MultiValueMap in map subpackage."));
    assertEquals(List.of("TreeBidiMap"), Successors.named("@deprecated Use TreeBidiMap instead"));
    assertEquals(List.of(), Successors.named("@deprecated Moved to map subpackage"));
  }

  @Test
  void linksTheNoteOnlyRefersToAreNotSuccessors() {
    assertEquals(
        List.of(),
        Successors.named(
            "@deprecated see {@link Strings} for blank checks; tokenizing moves to the parser"
                + " module."));
    assertEquals(List.of(), Successors.named("@deprecated since {@link Other} is deprecated"));
    assertEquals(List.of(), Successors.named("/** Plain doc, {@link Other}. */"));
  }
}
