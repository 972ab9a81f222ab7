package dev.ssot.rules.imports;

import dev.ssot.rules.harness.MarkerHarness;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DeprecatedImportRuleTest {

  @TestFactory
  Stream<DynamicTest> fixtures() {
    return MarkerHarness.casesOf("deprecated-import");
  }
}
