package dev.ssot.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateFinderWordsTest {

  @ParameterizedTest
  @CsvSource({
    "WebSocketManager, 3",
    "PLAINAuthenticator, 2",
    "HTTPServer, 2",
    "IOError, 2",
    "URL, 1",
    "Segment, 1",
    "snake_case, 1",
    "AsyncAdapt_aiomysql_cursor, 2"
  })
  void countsCamelCaseWordsWithAcronyms(String name, int words) {
    assertEquals(words, DuplicateFinder.words(name));
  }
}
