package dev.ssot.rules.imports;

import dev.ssot.rules.harness.MarkerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NonCanonicalImportRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("non-canonical-import");
  }
}
