package dev.ssot.rules.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The costs and the cut-off are CPython's (Python/suggestions.c); the cases below follow it. */
class ClosestNameTest {

  @Test
  void weighsACaseChangeHalfAsMuchAsAnyOtherEdit() {
    assertEquals(0, ClosestName.distance("Session", "Session", 100));
    assertEquals(1, ClosestName.distance("session", "Session", 100));
    assertEquals(2, ClosestName.distance("Sesion", "Session", 100));
    assertEquals(2, ClosestName.distance("Sessino", "Session", 100) / 2);
    assertEquals(4, ClosestName.distance("abc", "xbz", 100));
    assertEquals(6, ClosestName.distance("", "abc", 100));
  }

  @Test
  void stopsOnceTheLimitIsExceeded() {
    assertEquals(3, ClosestName.distance("abcdef", "uvwxyz", 2));
    assertEquals(3, ClosestName.distance("a", "abcdefgh", 2));
  }

  @Test
  void suggestsTheClosestCandidateWithinCPythonsCutOff() {
    List<String> bound = List.of("Session", "sessionmaker", "SessionTransaction", "engine");
    assertEquals(Optional.of("Session"), ClosestName.of("Sesion", bound));
    assertEquals(Optional.of("Session"), ClosestName.of("session", bound));
    assertEquals(Optional.of("sessionmaker"), ClosestName.of("session_maker", bound));
    assertEquals(Optional.empty(), ClosestName.of("Connection", bound));
    assertEquals(Optional.empty(), ClosestName.of("x", List.of("y")));
  }

  @Test
  void breaksTiesByNameAndNeverSuggestsTheNameItself() {
    assertEquals(Optional.of("bar"), ClosestName.of("baz", List.of("bay", "bar")));
    assertEquals(Optional.empty(), ClosestName.of("bar", List.of("bar", "baz")));
  }
}
